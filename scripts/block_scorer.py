"""A learned block scorer, checked leave-one-source-out against the rules.

    cargo run --release --example block_table -- ../shared/datasets/{scrapinghub,wcxb-dev,cleaneval,dragnet} > /tmp/blocks.jsonl
    python scripts/block_scorer.py /tmp/blocks.jsonl ../shared/datasets

Each block of each page (from `examples/block_table.rs`) is labelled content when at least
half of its words are words of the page's gold text (lower-cased `\\w+`, each gold word
used once). A logistic regression over the blocks' general features, and over the same
features of the blocks before and after it, is trained on three sets and scores the
fourth; a page's text is then its blocks scored over one half, in order. For every held-out
set the script prints bag-of-words F1 (as `evaluate` computes it, on the blocks' text) of
the model, of the rules' own choice of the same blocks (`kept_by_rules`), and of the best
possible choice of blocks (the labels), so a model is kept only if it beats the rules on
every held-out source. Needs numpy (and scikit-learn for `--model trees`).

Measured at the commit that added it (bow-F1 of the blocks' text; rules / model / best):

    held out      logistic             logistic, --flip 0.1,0.9   trees
    cleaneval     0.9173 0.9222 0.9745 0.9209                     0.9108
    dragnet       0.8798 0.8504 0.9710 0.8817                     0.8495
    scrapinghub   0.9744 0.9240 0.9687 0.9728                     0.9366
    wcxb-dev      0.8725 0.8468 0.9501 0.8724                     0.8399

No model beat the rules on every held-out set, so none ships. The gap to the best choice
(0.03 to 0.09) is in which blocks are kept, not in how a page is cut into blocks.
"""

import argparse
import collections
import json
import pathlib
import re
import sys

import numpy as np

WORD = re.compile(r"\w+")


def words(text):
    return WORD.findall(text.lower())


def bow_f1(predicted, gold):
    p, g = collections.Counter(words(predicted)), collections.Counter(words(gold))
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    overlap = sum((p & g).values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def load(blocks_path, datasets):
    golds = {}
    for gold_file in pathlib.Path(datasets).glob("*/gold.jsonl"):
        for line in gold_file.open():
            record = json.loads(line)
            golds[(gold_file.parent.name, record["id"])] = record.get("text") or ""
    pages = []
    for line in open(blocks_path):
        page = json.loads(line)
        gold = golds.get((page["set"], page["id"]))
        if gold is None:
            continue
        left = collections.Counter(words(gold))
        labels = []
        for text, _ in page["blocks"]:
            ws = words(text)
            found = 0
            for w in ws:
                if left[w] > 0:
                    left[w] -= 1
                    found += 1
            labels.append(1.0 if ws and found * 2 >= len(ws) else 0.0)
        pages.append(
            {
                "set": page["set"],
                "id": page["id"],
                "gold": gold,
                "texts": [t for t, _ in page["blocks"]],
                "x": np.array([f for _, f in page["blocks"]], dtype=np.float64).reshape(
                    -1, len(page["features"])
                ),
                "y": np.array(labels),
            }
        )
        names = page["features"]
    return pages, names


def with_context(x):
    """Each block's features, then the previous and the next block's (zeros at the ends)."""
    zero = np.zeros((1, x.shape[1]))
    prev = np.vstack([zero, x[:-1]]) if len(x) else x
    nxt = np.vstack([x[1:], zero]) if len(x) else x
    return np.hstack([x, prev, nxt])


def train(x, y, weights, epochs=300, rate=0.5, l2=1e-4):
    """Logistic regression by full-batch gradient descent on standardised features."""
    mean, std = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / std
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        g = (p - y) * weights
        w -= rate * (z.T @ g / weights.sum() + l2 * w)
        b -= rate * g.sum() / weights.sum()
    return mean, std, w, b


def predict(model, x):
    mean, std, w, b = model
    return 1 / (1 + np.exp(-(((x - mean) / std) @ w + b)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("blocks")
    parser.add_argument("datasets")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument(
        "--model",
        choices=["logistic", "trees"],
        default="logistic",
        help="logistic regression (numpy) or gradient-boosted trees (scikit-learn)",
    )
    parser.add_argument(
        "--flip",
        help="LO,HI: keep the rules' choice unless the model scores a kept block under LO "
        "(dropped) or a left-out one over HI (added)",
    )
    args = parser.parse_args()
    pages, names = load(args.blocks, args.datasets)
    rules_column = names.index("kept_by_rules")
    sets = sorted({p["set"] for p in pages})
    for page in pages:
        page["xc"] = with_context(page["x"]) if len(page["x"]) else np.zeros((0, 3 * len(names)))
    print(f"{'held out':<12} {'pages':>6} {'rules':>7} {'model':>7} {'oracle':>7}")
    for held in sets:
        train_pages = [p for p in pages if p["set"] != held and len(p["x"])]
        x = np.vstack([p["xc"] for p in train_pages])
        y = np.concatenate([p["y"] for p in train_pages])
        # Every page weighs the same, however many blocks it has; every set too.
        per_set = collections.Counter(p["set"] for p in train_pages)
        weights = np.concatenate(
            [np.full(len(p["y"]), 1.0 / len(p["y"]) / per_set[p["set"]]) for p in train_pages]
        )
        if args.model == "trees":
            from sklearn.ensemble import HistGradientBoostingClassifier

            trees = HistGradientBoostingClassifier(max_depth=5, max_iter=150, learning_rate=0.1)
            trees.fit(x, y, sample_weight=weights * len(weights))
            score = lambda xs: trees.predict_proba(xs)[:, 1]  # noqa: E731
        else:
            model = train(x, y, weights)
            score = lambda xs: predict(model, xs)  # noqa: E731
        lo, hi = map(float, args.flip.split(",")) if args.flip else (None, None)
        scores = {"rules": [], "model": [], "oracle": []}
        for page in (p for p in pages if p["set"] == held):
            texts, x_page = page["texts"], page["xc"]
            chosen = {
                "rules": [t for t, f in zip(texts, page["x"]) if f[rules_column] > 0.5],
                "model": [
                    t
                    for t, f, p in zip(texts, page["x"], score(x_page) if len(x_page) else [])
                    if (
                        (p > args.threshold)
                        if lo is None
                        else (p >= lo if f[rules_column] > 0.5 else p > hi)
                    )
                ],
                "oracle": [t for t, y in zip(texts, page["y"]) if y > 0.5],
            }
            for name, kept in chosen.items():
                scores[name].append(bow_f1("\n".join(kept), page["gold"]))
        n = len(scores["rules"])
        means = {k: sum(v) / n for k, v in scores.items()}
        print(
            f"{held:<12} {n:>6} {means['rules']:>7.4f} {means['model']:>7.4f} "
            f"{means['oracle']:>7.4f}"
        )
        if args.model == "logistic":
            top = np.argsort(-np.abs(model[2]))[:8]
            labels = [
                f"{names[i % len(names)]}{['', '@prev', '@next'][i // len(names)]}" for i in top
            ]
            print("   heaviest:", ", ".join(f"{l} {model[2][i]:+.2f}" for l, i in zip(labels, top)))


if __name__ == "__main__":
    sys.exit(main())
