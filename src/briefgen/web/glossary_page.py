"""The glossary page: search the glossary the jobs use, and add a term to it."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from briefgen.errors import BriefgenError, InputError
from briefgen.glossary import builtin_path, load_glossaries
from briefgen.glossary.exchange import add_entry, new_entry
from briefgen.normalize import strip_diacritics
from briefgen.web.pages import Pages


class GlossaryPages(Pages):
    """The glossary's search page and its form to add a term."""

    def _glossary(self):
        edited = self.config.edited_glossary
        extra = [edited] if edited != builtin_path() and edited.is_file() else []
        return load_glossaries(extra)

    async def glossary(self, request: Request, message: str = "", status: int = 200) -> Response:
        query = request.query_params.get("q", "").strip()
        needle = strip_diacritics(query).casefold()
        entries = [
            e
            for e in self._glossary()
            if needle
            in strip_diacritics(
                " | ".join((e.vi, e.en, *e.variants, *e.source_variants, e.category))
            ).casefold()
        ]
        return self.page(
            request,
            "glossary.html",
            status,
            query=query,
            entries=entries[:300],
            total=len(entries),
            message=message,
            status_ok=status == 200,
            target=self.config.edited_glossary,
        )

    async def add_term(self, request: Request) -> Response:
        form = await self.form(request)

        def listed(name: str) -> tuple[str, ...]:
            return tuple(v.strip() for v in str(form.get(name) or "").split(";") if v.strip())

        try:
            entry = new_entry(
                str(form.get("vi") or ""),
                str(form.get("en") or ""),
                variants=listed("variants"),
                source_variants=listed("source_variants"),
                category=str(form.get("category") or ""),
                case=str(form.get("case") or "preserve"),
                note=str(form.get("note") or ""),
            )
            if entry.case not in ("preserve", "sentence"):
                raise InputError("case is 'preserve' or 'sentence'")
            outcome = add_entry(self.config.edited_glossary, entry, force=form.get("force") == "on")
        except BriefgenError as exc:
            return await self.glossary(request, str(exc), 400)
        except OSError as exc:  # e.g. the built-in glossary of a read-only install
            target = self.config.edited_glossary
            message = f"{target}: cannot write ({exc.strerror}); start with --glossary-file"
            return await self.glossary(request, message, 400)
        return await self.glossary(request, f"{outcome} {entry.vi!r} → {entry.en!r}")
