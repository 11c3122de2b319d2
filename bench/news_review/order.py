#!/usr/bin/env python3
"""Prints the news articles in the fixed review order: sha256 of the id, ascending, keeping
articles of at most 5,000 characters of text (a hand-coding budget). The reviewer walks this
list, reads each article, and records its category in selection.tsv until 20 political and 20
incident pieces are taken (at most 6 per outlet country in each category). sitrep's output is
not consulted when choosing."""
import hashlib
import json
import sys

MAX_CHARS = 5000
path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news/gdelt_ukraine_articles.jsonl"
rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
rows = [r for r in rows if len(r["text"]) <= MAX_CHARS]
rows.sort(key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
for rank, r in enumerate(rows, 1):
    print(f"{rank}\t{r['id']}\t{r['outlet_country']}\t{r['seendate_utc'][:8]}\t{len(r['text'])}")
