"""Measuring briefgen against references written by people.

- :mod:`briefgen.evaluate.translation` (``briefgen eval``): translations against reference
  English, with BLEU, chrF and term accuracy.
- :mod:`briefgen.evaluate.gold` reads hand annotations of articles (and a split of them
  into sets), :mod:`briefgen.evaluate.brief` (``briefgen eval-brief``) scores the reader
  and the extractors, which a briefing is made of, against them.
- :mod:`briefgen.evaluate.sentence_tables` reads the tables of invented sentences the tests
  check the extractors on (and the document tagger learns from).
"""
