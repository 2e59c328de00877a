#!/usr/bin/env python3
"""Tools for the real-news evaluation corpus (see README.md).

usage:
  realset.py check [DIR ...]     every gold file has its cached article with the
                                 recorded sha256; counts by language, genre, outlet
  realset.py missing [DIR ...]   the gold files whose article is missing or changed,
                                 with url, query and rank: the rebuild list
  realset.py split SLICE_DIR ... place annotators' slices into dev/ and test/
                                 (deterministic: by event group, else by url)
  realset.py officials GOLD_DIR PRED [--verbose]
                                 recall and precision of `officials` (every titled
                                 official named), and of the titled ministers alone,
                                 matched on Latin name and country (score.py's keys)

DIR defaults to dev and test beside this file. Standard library only.
"""
import collections
import glob
import hashlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST_SHARE = 38  # percent of keys that go to test


def golds(d):
    for p in sorted(glob.glob(os.path.join(d, "gold", "*.json"))):
        with open(p, encoding="utf-8") as f:
            yield p, json.load(f)


def article_state(d, g):
    p = os.path.join(d, "articles", g["file"])
    if not os.path.exists(p):
        return "missing"
    with open(p, "rb") as f:
        h = hashlib.sha256(f.read()).hexdigest()
    return "ok" if h == g.get("sha256") else "changed"


def dirs(args):
    return args or [os.path.join(HERE, "dev"), os.path.join(HERE, "test")]


def check(args):
    bad = 0
    for d in dirs(args):
        langs, genres, outlets, states = (collections.Counter() for _ in range(4))
        for p, g in golds(d):
            langs[g["language"]] += 1
            genres[g.get("genre", "?")] += 1
            outlets[g.get("outlet", "?")] += 1
            st = article_state(d, g)
            states[st] += 1
            if st != "ok":
                bad += 1
        n = sum(langs.values())
        print(f"{os.path.relpath(d)}: {n} excerpts; languages {dict(langs)}; "
              f"{len(outlets)} outlets; articles {dict(states)}")
        print("  genres: " + ", ".join(f"{k} {v}" for k, v in sorted(genres.items())))
    return 1 if bad else 0


def missing(args):
    for d in dirs(args):
        for p, g in golds(d):
            st = article_state(d, g)
            if st != "ok":
                print("\t".join([st, os.path.relpath(os.path.join(d, "articles", g["file"])),
                                 g.get("url", ""), g.get("query", ""), str(g.get("rank", ""))]))
    return 0


def split_key(g, shared_groups):
    for e in g.get("events") or []:
        if e.get("group") in shared_groups:
            return "group:" + e["group"]
    return "url:" + g.get("url", g["file"])


def split(args):
    """Place new slices beside what dev/ and test/ hold: an excerpt that
    shares an event group with excerpts already placed goes where they are;
    the others by group among the new ones, else by url. groups.json gains
    the slices' groups and near misses (a group already listed gains files)."""
    placed_groups = {}
    for part in ("dev", "test"):
        for _, g in golds(os.path.join(HERE, part)):
            for e in g.get("events") or []:
                if e.get("group"):
                    placed_groups[e["group"]] = part
    items = []
    count = collections.Counter()
    for sd in args:
        for p, g in golds(sd):
            items.append((sd, p, g))
            for grp in {e.get("group") for e in g.get("events") or [] if e.get("group")}:
                count[grp] += 1
    shared = {k for k, v in count.items() if v > 1}
    gpath = os.path.join(HERE, "groups.json")
    groups = {"groups": [], "near_misses": []}
    if os.path.exists(gpath):
        with open(gpath, encoding="utf-8") as f:
            groups = json.load(f)
    byname = {x["group"]: x for x in groups["groups"]}
    for sd in args:
        gp = os.path.join(sd, "groups.json")
        if os.path.exists(gp):
            with open(gp, encoding="utf-8") as f:
                x = json.load(f)
            for grp in x.get("groups", []):
                if grp["group"] in byname:
                    old = byname[grp["group"]]
                    old["files"] = sorted(set(old["files"]) | set(grp["files"]))
                else:
                    groups["groups"].append(grp)
                    byname[grp["group"]] = grp
            groups["near_misses"] += x.get("near_misses", [])
    placed = collections.Counter()
    for sd, p, g in items:
        parts = {placed_groups[e["group"]] for e in g.get("events") or [] if e.get("group") in placed_groups}
        if len(parts) > 1:
            print(f"{os.path.basename(p)}: its groups are in dev and test; placed in test", file=sys.stderr)
        if parts:
            part = "test" if "test" in parts else "dev"
        else:
            key = split_key(g, shared)
            h = int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 100
            part = "test" if h < TEST_SHARE else "dev"
        for sub in ("gold", "articles"):
            os.makedirs(os.path.join(HERE, part, sub), exist_ok=True)
        shutil.copy(p, os.path.join(HERE, part, "gold", os.path.basename(p)))
        a = os.path.join(sd, "articles", g["file"])
        if os.path.exists(a):
            shutil.copy(a, os.path.join(HERE, part, "articles", g["file"]))
        placed[part] += 1
    with open(gpath, "w", encoding="utf-8") as f:
        json.dump(groups, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(dict(placed), f"{len(shared)} event groups reported by several new excerpts")
    return 0


def officials(args):
    verbose = "--verbose" in args
    args = [a for a in args if a != "--verbose"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    shared = os.environ.get("SHARED", os.path.join(HERE, "..", "..", "..", "shared"))
    sys.path.insert(0, os.path.join(shared, "eval"))
    import score  # the scorer's own name keys

    preds = {score.stem(p): p for p in score.load_preds(args[1])}
    rows = {"all officials": [0, 0, 0], "titled ministers": [0, 0, 0]}  # tp, gold, pred

    def keyed(p):
        return score.person_keys(p), (p.get("country") or "").upper()

    def same(g, p):
        (gk, gc), (pk, pc) = g, p
        return bool(gk & pk) and (gc == pc or not gc)

    for path, g in _golds_in(args[0]):
        pred = preds.get(score.stem(g)) or {}
        pout = pred.get("officials") or []
        for name, gsel, psel in (
                ("all officials", lambda o: not o.get("implicit"), lambda o: True),
                ("titled ministers", lambda o: o.get("kind") == "minister" and not o.get("implicit"),
                 lambda o: bool(o.get("portfolio")))):
            gl = [keyed(o) for o in g.get("officials") or [] if gsel(o)]
            pl = [keyed(o) for o in pout if psel(o)]
            used = set()
            for i, gk in enumerate(gl):
                hit = next((j for j, pk in enumerate(pl) if j not in used and same(gk, pk)), None)
                if hit is None:
                    if verbose and name == "titled ministers":
                        o = [x for x in g.get("officials") or [] if gsel(x)][i]
                        print(f"  miss {g['file']}: {o.get('latin')} ({o.get('country')})")
                else:
                    used.add(hit)
                    rows[name][0] += 1
            rows[name][1] += len(gl)
            rows[name][2] += len(pl)
    print(f"{'officials':<18} {'recall':>7} {'precision':>9} {'gold':>5} {'pred':>5}")
    for name, (tp, ng, npred) in rows.items():
        r = tp / ng if ng else 0.0
        p = tp / npred if npred else 0.0
        print(f"{name:<18} {r:7.3f} {p:9.3f} {ng:5d} {npred:5d}")
    return 0


def _golds_in(gold_dir):
    for p in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(p, encoding="utf-8") as f:
            yield p, json.load(f)


def main(argv):
    cmds = {"check": check, "missing": missing, "split": split, "officials": officials}
    if not argv or argv[0] not in cmds:
        print(__doc__, file=sys.stderr)
        return 2
    return cmds[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
