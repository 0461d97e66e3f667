#!/usr/bin/env python3
"""Draws BENCHMARKS.md's charts as plain SVG (no dependencies) from a results file.

usage: bench/chart.py [bench/results/latest.json] [output dir, default docs/bench]
  commands.svg  command throughput per concurrency next to the raw insert baseline
  queue.svg     queue p50/p99 per view through HTTP next to the same SQL through JDBC, with the 20 ms target
"""
import json
import os
import sys
from html import escape

FONT = 'font-family="DejaVu Sans, Arial, sans-serif"'
PRODUCT, BASELINE, P99, TARGET = "#2f6fdf", "#b8c4d6", "#d9822b", "#c0392b"


def svg(width, height, body):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">\n<rect width="100%" height="100%" fill="white"/>\n{body}</svg>\n')


def text(x, y, s, size=12, anchor="start", weight="normal", fill="#222"):
    return (f'<text x="{x:.1f}" y="{y:.1f}" {FONT} font-size="{size}" text-anchor="{anchor}" '
            f'font-weight="{weight}" fill="{fill}">{escape(str(s))}</text>\n')


def rect(x, y, w, h, fill):
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{h:.1f}" fill="{fill}"/>\n'


def legend(x, y, items):
    out = ""
    for label, color in items:
        out += rect(x, y - 10, 12, 12, color) + text(x + 17, y, label, 12)
        x += 28 + 7 * len(label)
    return out


def commands_chart(results, machine):
    levels = results["commands"]["levels"]
    width, height, left, bottom, top = 720, 380, 70, 60, 70
    plot_h = height - top - bottom
    peak = max(max(l["commands_per_second"], l["baseline_inserts_per_second"]) for l in levels) * 1.15
    group = (width - left - 30) / len(levels)
    body = text(width / 2, 24, "Command path: HTTP commands/s vs raw single-row insert transactions/s", 15,
                "middle", "bold")
    body += text(width / 2, 44, machine, 11, "middle", fill="#555")
    body += legend(left, 62, [("AutoCRM commands/s (closed loop)", PRODUCT), ("raw JDBC inserts/s", BASELINE)])
    for i in range(5):
        v = peak * i / 4
        y = top + plot_h - plot_h * i / 4
        body += f'<line x1="{left}" x2="{width - 20}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eee"/>\n'
        body += text(left - 6, y + 4, f"{v:,.0f}", 11, "end", fill="#555")
    for i, l in enumerate(levels):
        x = left + i * group + group * 0.15
        bw = group * 0.33
        for j, (value, color) in enumerate([(l["commands_per_second"], PRODUCT),
                                            (l["baseline_inserts_per_second"], BASELINE)]):
            h = plot_h * value / peak
            body += rect(x + j * bw, top + plot_h - h, bw - 4, h, color)
            body += text(x + j * bw + bw / 2 - 2, top + plot_h - h - 4, f"{value:,.0f}", 11, "middle")
        body += text(x + bw, top + plot_h + 18, f'{l["clients"]} clients', 12, "middle")
        body += text(x + bw, top + plot_h + 34, f'ratio {l["ratio_to_baseline"]:.2f} (target 0.5)', 11, "middle",
                     fill=PRODUCT if l["ratio_to_baseline"] >= 0.5 else TARGET)
    return svg(width, height, body)


def queue_chart(results, machine):
    views = results["queue"]["views"]
    row, left, top, right = 34, 360, 80, 40
    width = 980
    height = top + row * len(views) + 40
    peak = max(max(v["http"]["p99_ms"], v["sql"]["p99_ms"]) for v in views)
    peak = max(peak * 1.1, 25)
    scale = (width - left - right) / peak
    body = text(width / 2, 24, f'Queue reads at {results["queue"]["tickets"]:,} tickets: HTTP vs the same SQL '
                f'through JDBC (ms)', 15, "middle", "bold")
    body += text(width / 2, 44, machine, 11, "middle", fill="#555")
    body += legend(left, 66, [("HTTP p50", PRODUCT), ("HTTP p99", P99), ("SQL p50", "#6c7a89"),
                              ("SQL p99", BASELINE)])
    x20 = left + 20 * scale
    body += (f'<line x1="{x20:.1f}" x2="{x20:.1f}" y1="{top - 6}" y2="{height - 30}" stroke="{TARGET}" '
             f'stroke-dasharray="4 3"/>\n') + text(x20 + 3, height - 16, "20 ms target", 11, fill=TARGET)
    for i, v in enumerate(views):
        y = top + i * row
        body += text(left - 8, y + 15, v["view"][:70], 11, "end")
        body += rect(left, y + 2, v["http"]["p99_ms"] * scale, 7, P99)
        body += rect(left, y + 2, v["http"]["p50_ms"] * scale, 7, PRODUCT)
        body += rect(left, y + 12, v["sql"]["p99_ms"] * scale, 7, BASELINE)
        body += rect(left, y + 12, v["sql"]["p50_ms"] * scale, 7, "#6c7a89")
        body += text(left + v["http"]["p99_ms"] * scale + 4, y + 10,
                     f'{v["http"]["p99_ms"]:.1f}', 10, fill="#555")
        body += text(left + v["sql"]["p99_ms"] * scale + 4, y + 20, f'{v["sql"]["p99_ms"]:.1f}', 10, fill="#555")
    return svg(width, height, body)


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "bench/results/latest.json"
    out = sys.argv[2] if len(sys.argv) > 2 else "docs/bench"
    results = json.load(open(source))
    m = results["machine"]
    machine = (f'{m["cores"]} cores, {m["memory_gb"]} GB, {m["cpu_model"]}; PostgreSQL {m["postgresql"]}; '
               f'run {results["started"][:16]}Z')
    os.makedirs(out, exist_ok=True)
    if "commands" in results:
        open(os.path.join(out, "commands.svg"), "w").write(commands_chart(results, machine))
    if "queue" in results:
        open(os.path.join(out, "queue.svg"), "w").write(queue_chart(results, machine))
    print("charts written to", out)


if __name__ == "__main__":
    main()
