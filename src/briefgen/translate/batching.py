"""Length-sorted batches bounded by token count, shared by every backend.

Sorting by length keeps padding (wasted compute) low; bounding a batch by its padded
token count rather than its number of sentences keeps memory flat whether the batch
holds forty short headlines or four long paragraphs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from briefgen.translate.base import DecodeOptions


def max_target_length(source_tokens: int, options: DecodeOptions) -> int:
    """Room for the translation of a ``source_tokens``-long source (see
    :class:`~briefgen.translate.base.DecodeOptions`)."""
    room = int(options.max_len_a * source_tokens) + options.max_len_b
    return max(1, min(options.max_length, room))


def token_batches(lengths: Sequence[int], *, max_tokens: int, max_size: int) -> Iterator[list[int]]:
    """Indices of ``lengths`` grouped into batches, shortest first.

    A batch holds at most ``max_size`` items, and at most ``max_tokens`` padded tokens
    (items × longest item); an item longer than ``max_tokens`` gets a batch of its own.
    Callers put results back with the indices, so input order is always restored.
    """
    batch: list[int] = []
    longest = 0
    for i in sorted(range(len(lengths)), key=lambda i: lengths[i]):
        grown = max(longest, lengths[i])
        if batch and (len(batch) >= max_size or grown * (len(batch) + 1) > max_tokens):
            yield batch
            batch, grown = [], lengths[i]
        batch.append(i)
        longest = grown
    if batch:
        yield batch


def beam_batches(
    lengths: Sequence[int], options: DecodeOptions, *, max_positions: int
) -> Iterator[list[int]]:
    """:func:`token_batches` bounded by what decoding holds rather than by the source:
    each hypothesis of the beam keeps keys and values for its source and for every
    subword it generates, so a sentence costs ``beam × (source + length cap)`` positions,
    and a batch at most ``max_positions`` of them (padded)."""
    footprint = [options.beam_size * (n + max_target_length(n, options)) for n in lengths]
    return token_batches(footprint, max_tokens=max_positions, max_size=options.batch_size)


def default_threads() -> int:
    """Physical cores this process may use: hyper-threads share one core's arithmetic
    units, so counting them only adds contention to matrix multiplication."""
    try:
        cpus = os.sched_getaffinity(0)
    except AttributeError:  # not Linux
        return max(1, (os.cpu_count() or 2) // 2)
    cores = set()
    for cpu in cpus:
        siblings = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology/thread_siblings_list")
        try:
            cores.add(siblings.read_text().strip())
        except OSError:
            cores.add(str(cpu))
    return max(1, len(cores))


def split_threads(threads: int) -> tuple[int, int]:
    """``threads`` as (batches decoded side by side, threads per batch).

    Two batches at once use a few cores better than one batch split between them; more
    than two would multiply the memory of the beams in flight for little gain.
    """
    inter = 2 if threads >= 2 else 1
    return inter, max(1, threads // inter)
