"""What a CTranslate2 backend generated, read from its results as they come back: the
subwords before detokenization, which the translator's strings no longer show."""

from __future__ import annotations


def generated_pieces(translator, texts, options) -> list[list[str]]:
    """The subwords CTranslate2 generated for ``texts``, read as they come back."""
    engine, hypotheses = translator.translator, []

    class Recorded:
        def __init__(self, waiting):
            self.waiting = waiting

        def result(self):
            result = self.waiting.result()
            hypotheses.append(result.hypotheses[0])
            return result

    class Recording:
        def translate_batch(self, *args, **kwargs):
            return [Recorded(r) for r in engine.translate_batch(*args, **kwargs)]

    translator.translator = Recording()
    try:
        translator.translate_batch(texts, options=options)
    finally:
        translator.translator = engine
    assert len(hypotheses) == len(texts)
    return hypotheses
