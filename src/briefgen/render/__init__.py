"""The render stage: briefings as Word documents (through docxtpl templates) and JSON."""
