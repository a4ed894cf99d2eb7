"""The jinja2 environment briefing templates run in: sandboxed, and bounded.

jinja2's sandbox stops a template reaching Python's internals, but not from asking for a
gigabyte (``{{ 'A' * 10**9 }}``, ``'x'|center(10**9)``) or looping for hours (nested
``range(100000)``). Here every size a template can ask for is checked before it is built,
loops share one budget of iterations, the output has a ceiling, and the whole render a
deadline; each refusal is a :class:`jinja2.sandbox.SecurityError`, shown as one line.
Templates cannot include, extend or import others: a briefing template is one file.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Sized

from jinja2 import BaseLoader, StrictUndefined, Template, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from jinja2.utils import _PassArg

MAX_OUTPUT_CHARS = 50_000_000
"""A briefing of a hundred articles is a few megabytes of WordprocessingML."""
MAX_ITERATIONS = 1_000_000
"""Items all ``range()`` calls and repetitions of one render may produce together."""
MAX_SECONDS = 120.0
_HUGE_WIDTH = re.compile(r"\{[^{}]*\d{8,}[^{}]*\}")


class _NoIncludes(BaseLoader):
    def get_source(self, environment, template):
        raise TemplateNotFound(
            template, "briefing templates cannot include, extend or import other templates"
        )


class BoundedTemplate(Template):
    """A template whose render stops at :data:`MAX_OUTPUT_CHARS` or the deadline."""

    def render(self, *args, **kwargs) -> str:
        env: BoundedEnvironment = self.environment  # type: ignore[assignment]
        pieces: list[str] = []
        size = 0
        for piece in self.generate(*args, **kwargs):
            size += len(piece)
            if size > MAX_OUTPUT_CHARS:
                raise SecurityError(f"output over {MAX_OUTPUT_CHARS:,} characters")
            env.check_time()
            pieces.append(piece)
        return "".join(pieces)


class BoundedEnvironment(SandboxedEnvironment):
    """A sandbox with size, iteration and time limits (fresh per render: the budget and
    the deadline start when it is made)."""

    template_class = BoundedTemplate
    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, loader=_NoIncludes())
        self._deadline = time.monotonic() + MAX_SECONDS
        self._left = MAX_ITERATIONS
        self.globals["range"] = self._range
        self.globals.pop("lipsum", None)
        self.filters = {name: _bounded(f) for name, f in self.filters.items()}

    def check_time(self) -> None:
        if time.monotonic() > self._deadline:
            raise SecurityError(f"rendering took over {MAX_SECONDS:.0f} s")

    def charge(self, items: int) -> None:
        """Spend ``items`` of the render's iteration budget."""
        self.check_time()
        self._left -= max(items, 0)
        if self._left < 0:
            raise SecurityError(f"loops over {MAX_ITERATIONS:,} items in all")

    def _range(self, *args: int) -> range:
        rng = range(*args)
        self.charge(len(rng))
        return rng

    def call_binop(self, context, operator, left, right):
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, Sized) and isinstance(times, int):
                    _check_size(len(seq) * times)
                    self.charge(times)
        elif operator == "**" and isinstance(right, int) and abs(right) > 1_000:
            raise SecurityError("exponent over 1,000")
        elif operator == "+" and isinstance(left, Sized) and isinstance(right, Sized):
            _check_size(len(left) + len(right))
        return super().call_binop(context, operator, left, right)

    def call(self, __context, __obj, *args, **kwargs):
        self.check_time()
        _check_arguments(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value):
        f_self = getattr(value, "__self__", None)
        if isinstance(f_self, str) and _HUGE_WIDTH.search(f_self):
            raise SecurityError("a format width over 7 digits")
        return super().wrap_str_format(value)

    def getattr(self, obj, attribute):
        self.check_time()
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        self.check_time()
        return super().getitem(obj, argument)


def _check_size(size: int) -> None:
    if size > MAX_OUTPUT_CHARS:
        raise SecurityError(f"a value over {MAX_OUTPUT_CHARS:,} items")


def _check_arguments(args, kwargs) -> None:
    """Refuse a width, count or repetition no briefing needs ('x'.ljust(10**9))."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool):
            _check_size(abs(value))


def _bounded(filter_function):
    """A filter that refuses huge numeric arguments (``center(10**9)``, ``indent(10**9)``)."""

    skip = 1 if _PassArg.from_obj(filter_function) is None else 2  # context, then value

    @functools.wraps(filter_function)
    def bounded(*args, **kwargs):
        _check_arguments(args[skip:], kwargs)
        return filter_function(*args, **kwargs)

    return bounded
