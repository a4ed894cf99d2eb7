"""Word documents: :mod:`.walk` is the one walk over a .docx's paragraphs that
:mod:`.reader` and :mod:`.writer` share, so block ``i`` is written back where it was read."""
