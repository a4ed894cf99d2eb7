"""Plain text: one block per line, and the translation line for line."""
