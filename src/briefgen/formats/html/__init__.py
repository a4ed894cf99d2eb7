"""Web pages: :mod:`.walk` is the one walk over a page's text blocks that :mod:`.reader`
and :mod:`.writer` share, so block ``i`` is written back where it was read."""
