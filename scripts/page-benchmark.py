#!/usr/bin/env python3
"""Benchmark 1 of issue 11: p50/p95 and bytes of every page of the walk, per role, with concurrent clients over
HTTP, on a product server (national data) against a baseline server (demo data) measured in the same run.

    python3 scripts/page-benchmark.py --product http://localhost:8101 --baseline http://localhost:8102 \
        [--clients 4] [--requests 40]

Standard library only. Each role signs in once (form login with the CSRF token); its pages are then requested
--requests times by --clients threads sharing that session, after 3 warm-up requests. Goal: p95 <= 150 ms and
<= 100 KB per page. Prints one line per page and role: product p50/p95/KB, baseline p50/p95/KB, ratio of p95.
"""
import argparse
import concurrent.futures
import http.cookiejar
import re
import statistics
import time
import urllib.parse
import urllib.request

PASSWORD = "demo12345"

# role -> (username on the product, username on the baseline), then the pages; {review}, {overview}, {entity}
# are filled from links found on the role's own pages; {history} is the history of that {overview}
ROLES = {
    "SIP": (["/", "/tasks", "/review", "/review?page=10", "{overview}", "{history}", "{review}", "/entities", "/national",
             "/search?q=contratacion", "/search?q=contratacion&kind=MEASURE&page=2"]),
    "admin": (["/admin/users", "/admin/users?page=20", "/admin/users/new", "/admin/entities/new", "/entities"]),
    "auditor": (["/national", "/entities", "/search?q=especificaciones+tecnicas&department=Cusco"]),
    "conductor": (["/", "/tasks", "{entity}", "{overview}", "/search?q=contrataciones"]),
}
USERS = {"SIP": "sip.revisor", "admin": "admin", "auditor": "auditor", "conductor": "conductor.cusco"}


class Session:
    def __init__(self, base, username):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        page = self.get("/login")[1]
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({"username": username, "password": PASSWORD, "_csrf": token}).encode()
        self.opener.open(base + "/login", data).read()

    def get(self, path):
        start = time.perf_counter()
        with self.opener.open(self.base + path) as r:
            body = r.read()
        return (time.perf_counter() - start) * 1000, body.decode("utf-8", "replace"), len(body)


def resolve(s, pages):
    home = s.get("/tasks")[1] if "{overview}" in pages else ""
    review_list = s.get("/review")[1] if "{review}" in pages else ""
    out = []
    overview = None
    for p in pages:
        if p == "{review}":
            m = re.search(r'href="(/review/tasks/[^"]+)"', review_list)
            p = m.group(1) if m else None
        elif p == "{overview}":
            m = re.search(r'href="/assessments/(\d+)', review_list or home) or re.search(
                r'href="/assessments/(\d+)', s.get("/entities/" + entity_of(s) + "/assessments")[1])
            p = "/assessments/" + m.group(1) if m else None
            overview = p
        elif p == "{history}":
            p = overview + "/history" if overview else None
        elif p == "{entity}":
            p = "/entities/" + entity_of(s)
        if p:
            out.append(p)
    return out


def entity_of(s):
    m = re.search(r'href="/entities/(\d+)/assessments"', s.get("/")[1])
    return m.group(1) if m else "0"


def measure(s, path, clients, requests):
    for _ in range(3):
        s.get(path)
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda _: s.get(path), range(requests)))
    times = sorted(r[0] for r in results)
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    return statistics.median(times), p95, results[-1][2] / 1024


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--product", required=True)
    a.add_argument("--baseline", required=True)
    a.add_argument("--clients", type=int, default=4)
    a.add_argument("--requests", type=int, default=40)
    args = a.parse_args()
    print(f"{'role':10} {'page':28} {'p50':>7} {'p95':>7} {'KB':>6} | {'base p50':>8} {'p95':>7} {'KB':>6} | p95 ratio")
    misses = []
    for role, pages in ROLES.items():
        product = Session(args.product, USERS[role])
        baseline = Session(args.baseline, USERS[role])
        for kind, path_p, path_b in zip(pages, resolve(product, pages), resolve(baseline, pages)):
            p = measure(product, path_p, args.clients, args.requests)
            b = measure(baseline, path_b, args.clients, args.requests)
            label = kind if kind.startswith("/") else kind.strip("{}")
            print(f"{role:10} {label:28} {p[0]:7.1f} {p[1]:7.1f} {p[2]:6.1f} | {b[0]:8.1f} {b[1]:7.1f} {b[2]:6.1f} |"
                  f" {p[1] / b[1]:5.2f}")
            if p[1] > 150 or p[2] > 100:
                misses.append(f"{role} {label}")
    print("goal p95 <= 150 ms and <= 100 KB: " + ("met" if not misses else "missed on " + ", ".join(misses)))


if __name__ == "__main__":
    main()
