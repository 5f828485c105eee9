"""`replylint dupes` results: the clusters of near-duplicate macros as text or JSON."""

from __future__ import annotations

import json
from typing import TextIO

from ..dupes import Entry, Result
from .text import display_width, visible


def _where(entry: Entry) -> str:
    where = f"{entry.path} [{entry.locator}]" if entry.locator else entry.path
    return visible(where)  # a locator from a file may hold control characters


def write_text(result: Result, errors: list[tuple[str, str]], out: TextIO) -> None:
    for n, cluster in enumerate(result.clusters, 1):
        out.write(f"ほぼ同じマクロ {n}: {len(cluster.members)} 件（類似度 {cluster.similarity:.2f} 以上）\n")
        wheres = [_where(m.entry) for m in cluster.members]
        width = max(display_width(w) for w in wheres)
        for k, (m, where) in enumerate(zip(cluster.members, wheres)):
            note = "基準" if k == 0 else f"{m.similarity:.2f}"
            out.write(f"  {where}{' ' * (width - display_width(where))}  {note}\n")
        out.write("\n")
    grouped = sum(len(c.members) for c in result.clusters)
    line = f"{result.compared} 件を比較（しきい値 {result.threshold:.2f}）: "
    line += (f"ほぼ同じマクロのまとまり {len(result.clusters)} 組（{grouped} 件）" if result.clusters
             else "ほぼ同じマクロはありません")
    if result.skipped:
        line += f"、比べる本文のない返信 {result.skipped} 件"
    if errors:
        line += f"、読み込めなかったファイル {len(errors)} 件"
    out.write(line + "\n")


def to_dict(result: Result, errors: list[tuple[str, str]]) -> dict:
    def member(m) -> dict:
        d = {"path": m.entry.path}
        if m.entry.locator is not None:
            d["reply"] = m.entry.locator
        d["similarity"] = m.similarity
        return d

    return {"version": 1, "threshold": result.threshold, "replies": result.compared, "skipped": result.skipped,
            "clusters": [{"similarity": c.similarity, "size": len(c.members), "members": [member(m) for m in c.members]}
                         for c in result.clusters],
            "errors": [{"path": p, "error": e} for p, e in errors]}


def write_json(result: Result, errors: list[tuple[str, str]], out: TextIO) -> None:
    """One cluster a line, as `check` writes one file a line."""
    data = to_dict(result, errors)
    clusters, errs = data.pop("clusters"), data.pop("errors")
    out.write(json.dumps(data, ensure_ascii=False)[:-1] + ',\n "clusters": [')
    out.write(",".join("\n  " + json.dumps(c, ensure_ascii=False) for c in clusters))
    out.write('],\n "errors": ' + json.dumps(errs, ensure_ascii=False) + "}\n")
