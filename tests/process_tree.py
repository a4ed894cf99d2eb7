"""The processes below one, read from Linux's /proc: shared by tests/test_ray.py, which
finds Ray's workers among them, and benchmarks/batch_engines.py, which sums their memory
and CPU time."""

from __future__ import annotations

from pathlib import Path


def proc_stats() -> dict[int, list[str]]:
    """Each live process's ``/proc/PID/stat`` fields after its command name, the state
    first (so the parent's pid is ``[1]``); a process that ends while being read is left
    out."""
    stats: dict[int, list[str]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            stats[int(stat.parent.name)] = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
    return stats


def descendants(pid: int, stats: dict[int, list[str]] | None = None) -> set[int]:
    """Every process below ``pid``, by the parent each process's ``stats`` (read now when
    not given) names."""
    stats = proc_stats() if stats is None else stats
    parents = {proc: int(fields[1]) for proc, fields in stats.items()}
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found
