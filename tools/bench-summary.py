#!/usr/bin/env python3
"""Turns the JSON written by `consilium-cli bench ... --json` into the summary table of docs/bench.md.

    tools/bench-summary.py RESULTS_DIR docs/bench.md

RESULTS_DIR holds one <name>.json per benchmark (scripts/bench.sh writes them). The table between
the markers <!-- bench-summary:begin --> and <!-- bench-summary:end --> is replaced; everything
else in docs/bench.md (the detailed, dated sections) is left alone. A benchmark whose JSON is
missing is listed as "not run" so a gap is visible rather than silently dropped.
"""
import datetime
import json
import os
import platform
import sys

BEGIN = "<!-- bench-summary:begin -->"
END = "<!-- bench-summary:end -->"


def fmt(value, digits=2):
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def verdict(met):
    return "—" if met is None else ("met" if met else "**not met**")


def crypto_rows(d):
    ratio = d.get("ratio")
    return [("bench crypto", "blob encryption, file to file", f"{fmt(d.get('fileApiMiBps'), 0)} MiB/s",
             "≥ 0.9 × raw", "libsodium secretstream, memory to memory", fmt(ratio),
             verdict(None if ratio is None else ratio >= 0.9))]


def store_rows(d):
    cases = d.get("cases")
    rows = []
    for key, label, target in (("feedFirstPageMs", "feed, first page of 50", 20.0),
                               ("feedDeepPageMs", "feed, deep page", 20.0),
                               ("feedFilteredPageMs", "feed, filtered page", 20.0),
                               ("searchMs", "full-text search, two words", 50.0)):
        value = d.get(key)
        rows.append(("bench store", f"{label} ({cases} cases)", f"{fmt(value)} ms", f"≤ {target:g} ms", "—", "—",
                     verdict(None if value is None else value <= target)))
    rows.append(("bench store", "profile unlock (Argon2id)", f"{fmt(d.get('unlockMs'), 0)} ms", "≈ 500 ms (calibrated)",
                 "—", "—", "—"))
    rows.append(("bench store", "insert", f"{fmt(d.get('insertCasesPerSecond'), 0)} cases/s", "—", "—", "—", "—"))
    return rows


def deid_rows(d):
    rows = []
    for r in d.get("results", []):
        ratio = r.get("speedRatio")
        reference = "gdcmanon (GDCM)" if r.get("gdcmanonFilesPerSecond") else "gdcmanon not installed"
        rows.append(("bench deid", f"header de-identification, {r.get('input')} ({r.get('files')} files)",
                     f"{fmt(r.get('consiliumFilesPerSecond'), 0)} files/s, {fmt(r.get('consiliumMBPerSecond'), 0)} MB/s",
                     "faster than reference", reference,
                     fmt(ratio), verdict(None if ratio is None else ratio >= 1.0)))
    for r in d.get("ocr", []):
        met = r.get("targetMet")
        rows.append(("bench deid", f"OCR redaction, {r.get('input')} ({r.get('description')}, {r.get('frames')} frames)",
                     f"{fmt(r.get('framesPerCpuSecond'))} frames/CPU-s ({fmt(r.get('framesPerSecond'))} wall)",
                     "≥ 5 frames/s at 512x512, one core" if met is not None else "—", "—", "—", verdict(met)))
    return rows


def viewer_rows(d):
    mb = 1024 * 1024
    rows = []
    for key, label, target, unit, better in (("firstImageMs", "open to first image", 150.0, "ms", "low"),
                                             ("indexMs", "index the series", 1000.0, "ms", "low"),
                                             ("windowRenderMs", "window/level re-render 512x512", 2.0, "ms", "low"),
                                             ("scrollImagesPerSecond", "scroll with prefetch", 60.0, "images/s",
                                              "high")):
        value = d.get(key)
        met = None if value is None else (value <= target if better == "low" else value >= target)
        rows.append(("bench viewer", f"{label} ({d.get('slices')} CT slices)", f"{fmt(value)} {unit}",
                     f"{'≤' if better == 'low' else '≥'} {target:g} {unit}", "—", "—", verdict(met)))
    peak, limit = d.get("peakRssBytes"), d.get("peakRssLimitBytes")
    rows.append(("bench viewer", "peak memory", f"{fmt(peak / mb if peak else None, 0)} MiB",
                 f"≤ {fmt(limit / mb if limit else None, 0)} MiB (1.3 × raw + 100 MB)", "—", "—",
                 verdict(None if peak is None or limit is None else peak <= limit)))
    ratio = d.get("perSliceRatio")
    rounds = d.get("perSliceRounds")
    figure = "decode + display per slice" + (f" (median of {rounds} rounds, interleaved with the reference)" if rounds else "")
    rows.append(("bench viewer", figure, f"{fmt(d.get('oursPerSliceMs'), 3)} ms",
                 "≤ 1.0 × reference", f"DCMTK DicomImage + getOutputData ({fmt(d.get('dcmtkPerSliceMs'), 3)} ms)",
                 fmt(ratio),
                 verdict(None if ratio is None else ratio <= 1.0)))
    return rows


def sync_rows(d):
    ratio = d.get("ratio")
    return [("bench sync", f"publish {fmt((d.get('bytes') or 0) / 1e6, 0)} MB to {d.get('recipientDevices')} devices",
             f"{fmt(d.get('publishMBps'), 0)} MB/s", "≤ 1.5 × reference", "plain upload of the same bytes, same relay",
             fmt(ratio), verdict(None if ratio is None else ratio <= 1.5)),
            ("bench sync", "envelopes through the relay (SQLite, batches)",
             f"{fmt(d.get('envelopesPerSecond'), 0)} /s", "≥ 2,000/s (PostgreSQL target)", "—", "—", "—")]


def generic_rows(name, d):
    """Benchmarks that publish their own summary: {"summary": [{figure, value, target, reference, ratio, met}]}."""
    rows = []
    for s in d.get("summary", []):
        rows.append((f"bench {name}", s.get("figure", "?"), str(s.get("value", "—")), s.get("target", "—"),
                     s.get("reference", "—"), fmt(s.get("ratio")), verdict(s.get("met"))))
    return rows or [(f"bench {name}", "(no summary in its JSON)", "—", "—", "—", "—", "—")]


KNOWN = {"crypto": crypto_rows, "store": store_rows, "deid": deid_rows, "viewer": viewer_rows, "sync": sync_rows}
ORDER = ["viewer", "deid", "crypto", "store", "sync", "app"]


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    results_dir, bench_md = sys.argv[1], sys.argv[2]
    rows = []
    for name in ORDER:
        path = os.path.join(results_dir, f"{name}.json")
        if not os.path.exists(path):
            rows.append((f"bench {name}", "not run", "—", "—", "—", "—", "—"))
            continue
        with open(path) as f:
            data = json.load(f)
        rows.extend(KNOWN.get(name, lambda d, n=name: generic_rows(n, d))(data))

    commands = ""
    commands_path = os.path.join(results_dir, "commands.txt")
    if os.path.exists(commands_path):
        with open(commands_path) as f:
            commands = "".join(f"    {line}" for line in f)

    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    table = [BEGIN, "",
             f"Last full run: {today} on {cpu_model()}, {os.cpu_count()} CPUs, Release build, with",
             "", "    scripts/bench.sh", "", "which ran:", "", commands.rstrip("\n"), "",
             "| benchmark | figure | value | target | reference tool (same run) | ratio | verdict |",
             "|---|---|---|---|---|---|---|"]
    table += ["| " + " | ".join(row) + " |" for row in rows]
    table += ["", END]

    with open(bench_md) as f:
        text = f.read()
    block = "\n".join(table)
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        head, sep, rest = text.partition("\n## ")
        text = head.rstrip("\n") + "\n\n## Summary (scripts/bench.sh)\n\n" + block + "\n\n" + sep.lstrip("\n") + rest
    with open(bench_md, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
