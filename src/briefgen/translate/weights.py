"""Counting a model's parameters from its weight files, without loading it: the JSON
header of safetensors files, and the variable table of a CTranslate2 ``model.bin`` (its
layout is CTranslate2's ``ModelSpec._serialize``)."""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import BinaryIO

CT2_TYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")
"""CTranslate2's data type ids, in its order."""


def stored_parameters(folder: Path) -> int | None:
    """Numbers stored in a transformers folder's safetensors weights (tied weights once);
    None for other weight formats."""
    weights = sorted(folder.glob("*.safetensors"))
    return sum(_safetensors_parameters(w) for w in weights) if weights else None


def _safetensors_parameters(path: Path) -> int:
    """Numbers stored in a safetensors file, from its JSON header."""
    with path.open("rb") as handle:
        (length,) = struct.unpack("<Q", handle.read(8))
        header = json.loads(handle.read(length))
    total = 0
    for name, tensor in header.items():
        if name != "__metadata__":
            total += _product(tensor["shape"])
    return total


def ct2_variables(handle: BinaryIO) -> tuple[int, set[str]]:
    """Parameters and weight types of a CTranslate2 ``model.bin``, quantization scales
    left out. Close to the original's count, not equal: CTranslate2 also stores tables
    such as sinusoidal positions, so conversion records the original's count."""

    def read(fmt: str):
        return struct.unpack("<" + fmt, handle.read(struct.calcsize("<" + fmt)))

    def string() -> str:
        (length,) = read("H")
        return handle.read(length)[:-1].decode("utf-8")

    read("I")  # binary version
    string()  # spec name
    read("I")  # revision
    (count,) = read("I")
    total, types = 0, set()
    for _ in range(count):
        name = string()
        (rank,) = read("B")
        shape = read("I" * rank)
        type_id, size = read("BI")
        handle.seek(size, 1)
        if not name.endswith("_scale"):
            total += _product(shape)
            if rank == 2:
                types.add(CT2_TYPES[type_id])
    return total, types


def _product(shape) -> int:
    total = 1
    for dim in shape:
        total *= int(dim)
    return total
