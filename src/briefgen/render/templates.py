"""Find briefing templates and check them against the context before rendering.

A template is a Word .docx with jinja2 tags (docxtpl syntax); ``default`` ships with
briefgen, and an organisation passes its own file to keep its styles, letterhead,
headers and footers and to reorder or reword sections without touching Python.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.data import data_dir
from briefgen.errors import TemplateError

DEFAULT_TEMPLATE = "default"


def available() -> list[str]:
    """Names of the templates shipped with briefgen."""
    return sorted(p.stem for p in data_dir("templates").glob("*.docx"))


def find_template(name_or_path: str | Path = DEFAULT_TEMPLATE) -> Path:
    """The .docx a template name or path stands for.

    Raises:
        TemplateError: no such file or shipped template, or not a .docx.
    """
    path = Path(name_or_path)
    if path.suffix.lower() == ".docx" or path.exists():
        if not path.is_file():
            raise TemplateError(f"template {path}: no such file")
        if path.suffix.lower() != ".docx":
            raise TemplateError(f"template {path}: not a Word .docx file")
        return path
    shipped = data_dir("templates") / f"{name_or_path}.docx"
    if shipped.is_file():
        return shipped
    raise TemplateError(
        f"unknown template {str(name_or_path)!r}; use a .docx path or one of: "
        + ", ".join(available())
    )


def check_variables(template, context: dict, env) -> None:
    """Refuse a template that uses variables the briefing does not provide.

    Raises:
        TemplateError: naming the unknown variables and the available ones.
    """
    unknown = template.get_undeclared_template_variables(env, context)
    if unknown:
        raise TemplateError(
            f"template uses unknown variable(s): {', '.join(sorted(unknown))}; "
            f"available: {', '.join(sorted(context))}"
        )
