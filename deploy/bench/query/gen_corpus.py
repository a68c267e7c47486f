#!/usr/bin/env python3
"""Deterministic SYNTHETIC corpus of analysed articles for the query-service benchmark.

Nothing here is real news: words, names and sources are generated from a fixed seed, so two runs
with the same --articles and --seed write byte-identical files. The shape imitates what
analysis-service stores: Zipf-distributed entities (a few very common, a long tail), 4-12 entities
per article with 1-4 mentions each (offsets are true offsets into title/body), 0-4 quotes per article
attributed to a PERSON mentioned in it, dates spread uniformly over two years, 20 sources of
unequal size.

Writes PostgreSQL COPY text files (entity, entity_alias, article, article_entity, mention, quote)
into the output directory.
"""
import argparse
import datetime as dt
import itertools
import os
import random

COMMON = """said government year people new would also first two last time minister president country
state police officials court report week city national public million party support told may percent
world month security military including law election three group talks plan economic health could
company market since local former deal political foreign trade power billion second leader war
members spokesman agreement workers water energy region authorities investigation attack rights
vote forces border prices children death economy policy crisis decision meeting sanctions budget
prime union council peace protest campaign ministry office bank summit army troops oil gas
""".split()
RARE_SYL = "ka lo mi ne ru ta ve zo pa shi dor lin mar tel gra vin bel sor qua tre fen dal mus rok jan pel".split()
FIRST = "Anna Boris Chen Daria Elena Farid Grace Hugo Ines Jonas Kemal Lena Marco Nadia Omar Petra Quinn Rosa Sami Tomas Ulla Viktor Wen Xenia Yusuf Zora Ali Bea Carl Dina Emil Fay Gus Hana Ivo Jia Karl Lia Max Nia".split()
LAST_SYL = "ko va ren dal mir son ber stein lov ic ez ov ato uri ima sen berg ard holm ski".split()
ORG_HEAD = "Northern Central United Federal National Atlantic Pacific Eastern Western Global Royal Allied Civic Union Free Grand".split()
ORG_MID = "Energy Trade Health Finance Defence Mining Shipping Farmers Workers Science Rail Water Media Steel Grain Telecom".split()
ORG_TAIL = "Council Agency Bank Company Party Ministry Institute Alliance Authority Group Federation Commission".split()
PLACE_SYL = "Bra Kor Vel San Tor Mal Ost Lun Ard Pol Zar Nev Hal Rim Dov Ker".split()
PLACE_END = "ava ia stan burg ton ona grad ovo ea land mark heim".split()
MISC = "Operation Accord Treaty Summit Games Plan Forum Initiative Pact Protocol".split()
CUES = ["said", "told reporters", "said in a statement", "added", "wrote", "warned"]
SOURCES = ["wire-east", "daily-courier", "the-ledger", "metro-post", "global-times-syn", "evening-star",
           "harbour-news", "capital-journal", "north-gazette", "south-herald", "tech-dispatch", "market-watch-syn",
           "river-tribune", "valley-voice", "coast-chronicle", "union-record", "city-bulletin", "plains-press",
           "island-observer", "frontier-review"]


def esc(v):
    if v is None:
        return r"\N"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def pg_array(items):
    return "{" + ",".join('"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"' for s in items) + "}"


def zipf_cum(n, s=1.05, q=5):
    acc, out = 0.0, []
    for r in range(n):
        acc += 1.0 / (r + q) ** s
        out.append(acc)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    # vocabulary: ~120 common news words first, then 50,000 generated words; Zipf-weighted (s=1.1) so that,
    # as in real news, the top words are in most articles and the long tail in a handful
    rare = set()
    while len(rare) < 50_000:
        rare.add("".join(rnd.choice(RARE_SYL) for _ in range(rnd.randint(2, 5))))
    rare = sorted(rare)
    rnd.shuffle(rare)
    vocab = COMMON + rare
    vocab_cum = zipf_cum(len(vocab), s=1.1, q=3)

    # entities: ~1 per 10 articles, at least 400
    n_ent = max(400, a.articles // 10)
    types = ["PERSON"] * 40 + ["ORGANIZATION"] * 30 + ["LOCATION"] * 20 + ["MISC"] * 10
    by_type = {t: [] for t in ("PERSON", "ORGANIZATION", "LOCATION", "MISC")}
    names = {}
    entities = []  # (id, name, type, aliases)
    eid = 0
    seen = set()
    while len(entities) < n_ent:
        t = rnd.choice(types)
        if t == "PERSON":
            last = "".join(rnd.choice(LAST_SYL) for _ in range(rnd.randint(2, 3))).capitalize()
            name = rnd.choice(FIRST) + " " + last
            aliases = [last]
        elif t == "ORGANIZATION":
            name = " ".join([rnd.choice(ORG_HEAD), rnd.choice(ORG_MID), rnd.choice(ORG_TAIL)])
            aliases = ["".join(w[0] for w in name.split())]
        elif t == "LOCATION":
            name = rnd.choice(PLACE_SYL) + "".join(rnd.choice(LAST_SYL) for _ in range(rnd.randint(0, 1))) + rnd.choice(PLACE_END)
            aliases = []
        else:
            name = rnd.choice(MISC) + " " + rnd.choice(PLACE_SYL) + rnd.choice(PLACE_END)
            aliases = []
        if (t, name.lower()) in seen:
            continue
        seen.add((t, name.lower()))
        eid += 1
        entities.append((eid, name, t, aliases))
        by_type[t].append(eid)
        names[eid] = (name, aliases, t)
    cum = {t: zipf_cum(len(ids)) for t, ids in by_type.items()}

    with open(os.path.join(a.out, "entity.tsv"), "w") as fe, open(os.path.join(a.out, "entity_alias.tsv"), "w") as fa:
        for (i, name, t, aliases) in entities:
            fe.write(f"{i}\t{esc(name)}\t{t}\t{esc(name.lower())}\t2024-11-01 00:00:00+00\n")
            for al in [name] + aliases:
                fa.write(f"{i}\t{esc(al.lower())}\t{esc(al)}\n")

    def words(n):
        return rnd.choices(vocab, cum_weights=vocab_cum, k=n)

    def pick(t, k):
        ids = by_type[t]
        got = []
        for e in rnd.choices(ids, cum_weights=cum[t], k=k * 2):
            if e not in got:
                got.append(e)
            if len(got) == k:
                break
        return got

    start = dt.date(2024, 11, 23)
    fa_ = open(os.path.join(a.out, "article.tsv"), "w")
    fae = open(os.path.join(a.out, "article_entity.tsv"), "w")
    fm = open(os.path.join(a.out, "mention.tsv"), "w")
    fq = open(os.path.join(a.out, "quote.tsv"), "w")
    ae_id = m_id = q_id = 0
    src_cum = zipf_cum(len(SOURCES), s=0.8, q=1)
    for n in range(a.articles):
        aid = f"syn-{n:07d}"
        dated = start + dt.timedelta(days=rnd.randrange(730))
        source = rnd.choices(SOURCES, cum_weights=src_cum)[0]
        ents = pick("PERSON", rnd.randint(1, 4)) + pick("ORGANIZATION", rnd.randint(1, 3)) \
            + pick("LOCATION", rnd.randint(1, 3)) + pick("MISC", rnd.choice((0, 0, 1)))
        persons = [e for e in ents if names[e][2] == "PERSON"]
        mentions = []  # (entity, section, start, end, surface)
        # title
        lead = ents[0]
        tw = words(rnd.randint(4, 8))
        title = names[lead][0] + " " + " ".join(tw).capitalize()
        mentions.append((lead, "TITLE", 0, len(names[lead][0]), names[lead][0]))
        # body: paragraphs of sentences; entity mentions and quotes woven in
        body = []
        pos = 0

        def emit(s):
            nonlocal pos
            body.append(s)
            pos += len(s)

        plan = []
        for e in ents:
            plan += [("m", e)] * rnd.randint(1, 4)
        quotes = []
        for _ in range(rnd.choice((0, 1, 1, 2, 2, 3, 4))):
            plan.append(("q", rnd.choice(persons)))
        plan += [("s", None)] * rnd.randint(6, 12)
        rnd.shuffle(plan)
        for i, (kind, e) in enumerate(plan):
            if i and i % 4 == 0:
                emit("\n\n")
            elif i:
                emit(" ")
            if kind == "s":
                emit(" ".join(words(rnd.randint(8, 20))).capitalize() + ".")
            elif kind == "m":
                name, aliases, _ = names[e]
                surface = name if not aliases or rnd.random() < 0.6 else aliases[0]
                pre = " ".join(words(rnd.randint(2, 8))).capitalize() + " "
                emit(pre)
                mentions.append((e, "BODY", pos, pos + len(surface), surface))
                emit(surface)
                emit(" " + " ".join(words(rnd.randint(3, 10))) + ".")
            else:
                emit('"')
                qs = pos
                qw = " ".join(words(rnd.randint(8, 25))).capitalize()
                inner = None
                if rnd.random() < 0.3:
                    other = rnd.choice(ents)
                    if other != e:
                        inner = other
                if inner:
                    emit(qw + " ")
                    s2 = names[inner][0]
                    mentions.append((inner, "BODY", pos, pos + len(s2), s2))
                    emit(s2)
                    emit(" " + " ".join(words(rnd.randint(2, 6))))
                else:
                    emit(qw)
                qe = pos
                qtext = "".join(body)[qs:qe] if False else None
                emit('," ')
                cue = rnd.choice(CUES)
                name, aliases, _ = names[e]
                surface = aliases[0] if aliases and rnd.random() < 0.5 else name
                mentions.append((e, "BODY", pos, pos + len(surface), surface))
                emit(surface)
                emit(" " + cue + ".")
                quotes.append((qs, qe, e, surface, cue))
        text = "".join(body)
        received = dt.datetime.combine(dated, dt.time(rnd.randrange(24), rnd.randrange(60)))
        published = dated if rnd.random() < 0.9 else None
        fa_.write("\t".join([aid, "r1", esc(f"https://{source}.example/{dated:%Y/%m/%d}/{n}"), source, esc(title),
                             esc("Synthetic Staff"), str(published) if published else r"\N", esc(text),
                             received.isoformat() + "+00", str(dated), received.isoformat() + "+00", "bench-1"]) + "\n")
        counts = {}
        for (e, sec, s, en, sf) in mentions:
            m_id += 1
            fm.write(f"{m_id}\t{aid}\t{e}\t{sec}\t{s}\t{en}\t{esc(sf)}\n")
            counts.setdefault(e, set()).add(sf)
        for e in ents:
            ae_id += 1
            cnt = sum(1 for m in mentions if m[0] == e)
            fae.write(f"{ae_id}\t{aid}\t{e}\t{esc(names[e][0])}\t{esc(pg_array(sorted(counts.get(e, {names[e][0]}))))}\t{cnt}\t{dated}\n")
        for seq, (qs, qe, e, sf, cue) in enumerate(quotes):
            q_id += 1
            fq.write(f"{q_id}\t{aid}\t{seq}\t{qs}\t{qe}\t{esc(text[qs:qe])}\t{e}\t{esc(sf)}\t{cue}\t"
                     f"{round(0.55 + rnd.random() * 0.45, 3)}\tf\t{dated}\n")
    for f in (fa_, fae, fm, fq):
        f.close()
    with open(os.path.join(a.out, "ids.txt"), "w") as f:
        f.write(f"entities {n_ent}\narticle_entity {ae_id}\nmention {m_id}\nquote {q_id}\n")
    # search terms by how common they are (vocabulary rank bands), for the load mix
    qr = random.Random(a.seed + 1)
    with open(os.path.join(a.out, "terms.txt"), "w") as f:
        for band, lo, hi in (("common", 60, 300), ("mid", 300, 3000), ("rare", 3000, 30000)):
            for _ in range(200):
                f.write(f"{band}\t{vocab[qr.randrange(lo, hi)]}\n")
        for _ in range(200):
            f.write(f"two\t{vocab[qr.randrange(100, 3000)]} {vocab[qr.randrange(100, 3000)]}\n")
        for _ in range(200):
            e = qr.choice(entities[:300])
            f.write(f"name\t\"{e[1]}\"\n")


if __name__ == "__main__":
    main()
