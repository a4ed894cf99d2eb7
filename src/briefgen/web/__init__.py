"""``briefgen serve``: a local web app over the same library functions as the CLI.

Staff upload articles, watch the job's progress, review the translation beside the source
with the enforced glossary terms marked, untick or correct extracted items, and download
the brief and the translated files. Needs the ``[web]`` extra (starlette, uvicorn,
python-multipart).
"""

INSTALL_HINT = 'pip install "briefgen[web]"'
