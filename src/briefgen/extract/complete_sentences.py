"""Whether a sentence is whole: scraped excerpts are often cut mid-word, and neither the
declarations nor the commitments read what a cut sentence seems to say."""


def is_complete(sentence: str) -> bool:
    """Whether a sentence ends as sentences do (scraped excerpts are often cut mid-word)."""
    return sentence.rstrip().endswith((".", "!", "?", "…", "”", '"', ")", ";", ":", "./."))


def is_question(sentence: str) -> bool:
    """Whether a sentence asks (a journalist's question at a briefing): it neither commits
    anyone nor shows who took part."""
    return sentence.rstrip(' ”"').endswith("?")
