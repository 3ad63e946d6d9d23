"""Reads a wrk --latency report and a jstat -gc sample file; prints "requests/s p50-ms p99-ms peak-heap-MB errors".

    python3 bench/wrk_figures.py <wrk output> <jstat -gc output>
    python3 bench/wrk_figures.py --heap <jstat -gc output>        # the peak heap alone
"""
import re
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def peak_heap_mb(path):
    peak = 0.0
    with open(path) as f:
        for line in f:
            cols = line.split()
            # jstat -gc: S0C S1C S0U S1U EC EU OC OU ... : used = S0U + S1U + EU + OU (KB)
            if len(cols) > 8 and re.match(r"^[0-9.]+$", cols[0]):
                peak = max(peak, float(cols[2]) + float(cols[3]) + float(cols[5]) + float(cols[7]))
    return f"{peak / 1024:.0f}" if peak else "n/a"


def latency_ms(text, percentile):
    m = re.search(r"^\s*" + percentile + r"%\s+([0-9.]+)(us|ms|s|m)\s*$", text, re.M)
    return float(m.group(1)) * UNITS[m.group(2)] if m else float("nan")


def main(args):
    if args[0] == "--heap":
        print(peak_heap_mb(args[1]))
        return
    text = open(args[0]).read()
    rps = re.search(r"Requests/sec:\s+([0-9.]+)", text)
    errors = []
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    if m:
        errors.append(f"non-2xx/3xx={m.group(1)}")
    errors += [f"{s}x{n}" for s, n in re.findall(r"^status (\d+): (\d+)$", text, re.M)]
    m = re.search(r"Socket errors: (.*)$", text, re.M)
    if m:
        errors.append("socket:" + m.group(1).replace(" ", ""))
    print(f"{float(rps.group(1)) if rps else 0:.0f} {latency_ms(text, '50'):.1f} {latency_ms(text, '99'):.1f} "
          f"{peak_heap_mb(args[1])} {','.join(errors) or 'none'}")


if __name__ == "__main__":
    main(sys.argv[1:])
