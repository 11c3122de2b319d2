#!/usr/bin/env python3
"""The development and held-out halves of the news set outside the 40 reviewed articles.

Usage: split.py NEWS.jsonl {dev,held} [INCIDENTS.jsonl]

Texts that open with the same 300 characters are one text (the first copy in the file stands for
it); a text one of whose copies is reviewed (gold/*.json, batch 2's gold2/*.json or batch 3's gold3/*.json) is left
out. A text on an even line of the file (counted from 1) is development, on an odd line
held-out. Without INCIDENTS the ids of the half are printed, one a line; with it (the output of
`sitrep extract NEWS.jsonl`), the incidents of the half, one a line, for reading by hand.
"""
import glob
import json
import os
import sys


def main():
    if len(sys.argv) not in (3, 4) or sys.argv[2] not in ("dev", "held"):
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    reviewed = {os.path.basename(p)[:-5]
                for folder in ("gold", "gold2", "gold3")
                for p in glob.glob(os.path.join(here, folder, "*.json"))}
    first_copy = {}   # opening -> id of its first copy
    copy_of = {}      # id -> id of the first copy of its text
    half = {}
    published = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line_number, line in enumerate(f, 1):
            doc = json.loads(line)
            key = doc["text"][:300]
            copy_of[doc["id"]] = first_copy.setdefault(key, doc["id"])
            half[doc["id"]] = "dev" if line_number % 2 == 0 else "held"
            published[doc["id"]] = doc.get("published") or doc.get("seendate_utc", "")[:8]
    reviewed_texts = {copy_of[i] for i in reviewed if i in copy_of}
    chosen = {i for i, first in copy_of.items()
              if i == first and first not in reviewed_texts and half[i] == sys.argv[2]}
    if len(sys.argv) == 3:
        for i in sorted(chosen):
            print(i)
        return
    with open(sys.argv[3], encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if e["doc_id"] not in chosen:
                continue
            evidence = " | ".join(x["text"] for x in e["evidence"])
            print(f"{e['doc_id']}\tpublished {published[e['doc_id']]}\t{e['event_date']} "
                  f"p{e['time_precision']}\t{e['sub_event_type']}\t{e['location']}, "
                  f"{e['admin1']}, {e['country']}\t{evidence}")


if __name__ == "__main__":
    main()
