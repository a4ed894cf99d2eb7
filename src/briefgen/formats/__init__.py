"""Output formats beyond .txt: .docx and .html that keep the source's formatting, bilingual
side-by-side .docx, and XLIFF for post-editing in a CAT tool."""
