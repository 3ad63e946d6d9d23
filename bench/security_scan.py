#!/usr/bin/python3
"""Helpers of bench/security-scan.sh (run by it with Debian's /usr/bin/python3, the interpreter wapiti runs on).

    security_scan.py endpoint <port> <log file>
        A stand-in for wapiti's SSRF endpoint (by default wapiti3.ovh, out of reach here), on 127.0.0.1: it records
        every request made to /ssrf/<scan>/<request id>/<hex parameter>/ and answers /get_ssrf.php?id=<scan> with what
        it recorded, in the format mod_ssrf reads. A hit means the portal itself fetched a URL it was given.

    security_scan.py cookies <name> <value> <host> <out.json>
        Writes wapiti's JSON cookie file (the format of wapiti-getcookie) holding one session cookie.

    security_scan.py token <base url> <session cookie value> <token name>
        Creates a personal access token for the signed-in account (the form on /account/tokens.xhtml, every field at
        its default) and prints it; prints nothing when that fails.

    security_scan.py wapiti <status.json> <budget seconds> <wapiti arguments...>
        Runs wapiti 3.0.4 (Debian bookworm) with four adjustments for a Jakarta Faces portal, made by patching wapiti
        in this process only:
        1. Forms with a field named in GUARDED_FIELDS (the header's sign-out button, on every page of a signed-in
           citizen) are never crawled nor attacked: the sign-out is a POST form that posts back to the page it is on,
           so no URL exclusion (-x) can keep wapiti off it, and one click would end the signed-in scan.
        2. Faces forms carry a view state (jakarta.faces.ViewState, the portal's CSRF defence) and PrimeFaces' CSP
           nonce (primefaces.nonce), both valid for one view of this session; the server keeps the last 20 views, so
           the values wapiti saw while crawling are stale by the time it attacks and every attack would meet the
           "page expired" answer instead of the application. Before it posts a Faces form, wapiti now opens the page
           that showed the form and takes the form's current view state and nonce (as a browser would). The value
           "wapiti", which the csrf module plants on purpose to see whether the token is checked, is left alone.
        3. The csrf module knows the token names of other frameworks, not Faces': jakarta.faces.ViewState is added to
           its list, so it checks that the token is there, verified by the server (a forged value is refused) and
           unpredictable, instead of reporting every Faces form as lacking a token.
        4. Its -x patterns are compiled as Python 3.11 requires (3.0.4 puts the regex flags last, which 3.11
           refuses: any -x crashed the crawl).
        It also enforces a time budget: past it, every request fails at once as a network time-out, which makes each
        remaining module end quickly, so that wapiti still writes its report (killed, it would write none).
        What happened is written to <status.json> for the summary.

    security_scan.py found-in <report.json> <session cookie value> <out.json>
        For each finding of a stored (permanent) XSS, the response it was found in, asked again with the session:
        its Content-Type, X-Content-Type-Options and Content-Disposition. Wapiti reports a payload it sees echoed in
        any response; one echoed in a CSV or JSON download served with nosniff is not run by a browser, and the
        summary lists it apart instead of counting it.

    security_scan.py summary <work dir> <elapsed seconds>
        Prints the short summary of a run from the tools' outputs and exits 0 (nothing found), 1 (something found)
        or 2 (a scan failed or did not complete).
"""
import json
import os
import re
import sys
import time

GUARDED_FIELDS = {"signOut"}
VIEW_STATE = "jakarta.faces.ViewState"
NONCE = "primefaces.nonce"
CSRF_MARKER = "wapiti"


# ---------------------------------------------------------------------------------------------------- SSRF endpoint
def endpoint(port, log_path):
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from datetime import datetime, timezone
    from threading import Lock
    from urllib.parse import urlsplit, parse_qs

    hits = {}  # scan id -> request id -> hex parameter -> [hits]
    lock = Lock()
    log = open(log_path, "a", buffering=1)

    class Handler(BaseHTTPRequestHandler):
        def handle_one(self):
            url = urlsplit(self.path)
            size = int(self.headers.get("Content-Length") or 0)
            if size:
                self.rfile.read(size)
            parts = [p for p in url.path.split("/") if p]
            if url.path.endswith("/get_ssrf.php"):
                scan = (parse_qs(url.query).get("id") or [""])[0]
                with lock:
                    body = json.dumps(hits.get(scan, {})).encode()
            else:
                if len(parts) >= 4 and parts[0] == "ssrf":
                    scan, request_id, param = parts[1], parts[2], parts[3]
                    hit = {"url": self.path, "date": datetime.now(timezone.utc).isoformat(),
                           "ip": self.client_address[0], "method": self.command, "size": size}
                    with lock:
                        hits.setdefault(scan, {}).setdefault(request_id, {}).setdefault(param, []).append(hit)
                log.write("%s %s %s\n" % (self.client_address[0], self.command, self.path))
                body = b"ok"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = do_PATCH = do_OPTIONS = handle_one

        def log_message(self, *args):
            pass

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


# ---------------------------------------------------------------------------------------------------- wapiti cookies
def cookies(name, value, host, out):
    with open(out, "w") as f:
        json.dump({host: {"/": {name: {"value": value, "expires": None, "secure": False, "port": None,
                                       "version": 0}}}}, f, indent=2)


# ---------------------------------------------------------------------------------------------------- access token
class Forms:
    """The forms of a page: {form id: (action, [(name, value)...])}, each field at its default (a browser's post)."""

    def __init__(self, html):
        from html.parser import HTMLParser
        forms, state = {}, {"form": None, "select": None, "first": None, "chosen": None}

        class Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                a = dict(attrs)
                if tag == "form":
                    state["form"] = a.get("id") or a.get("name") or str(len(forms))
                    forms[state["form"]] = (a.get("action") or "", [])
                elif state["form"] is None:
                    return
                elif tag == "input" and a.get("name") and a.get("type", "text") not in ("submit", "button", "image",
                                                                                        "reset", "file"):
                    if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                        forms[state["form"]][1].append((a["name"], a.get("value") or ""))
                elif tag == "select" and a.get("name"):
                    state.update(select=a["name"], first=None, chosen=None)
                elif tag == "option" and state["select"]:
                    value = a.get("value") or ""
                    state["first"] = value if state["first"] is None else state["first"]
                    state["chosen"] = value if "selected" in a else state["chosen"]

            def handle_endtag(self, tag):
                if tag == "select" and state["select"] and state["form"] is not None:
                    chosen = state["chosen"] if state["chosen"] is not None else state["first"]
                    forms[state["form"]][1].append((state["select"], chosen or ""))
                    state["select"] = None
                elif tag == "form":
                    state["form"] = None

        Parser().feed(html)
        self.forms = forms


def token(base, session, name):
    """Creates a personal access token on /account/tokens.xhtml (a protected view: opened through the link of its
    gate page, as a browser would) and prints it; prints nothing when that fails."""
    import html as htmllib
    import urllib.parse
    import urllib.request
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    cookie = "CIVITAS_SESSION=" + session

    def fetch(url, data=None, referer=None):
        request = urllib.request.Request(url, data=data, headers={"Cookie": cookie, **({"Referer": referer}
                                                                                        if referer else {})})
        try:
            with opener.open(request, timeout=60) as response:
                return response.geturl(), response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:  # the gate page comes with a 403
            return url, e.read().decode("utf-8", "replace")

    page_url, page = fetch(base + "/account/tokens.xhtml")
    link = re.search(r'href="(/account/tokens\.xhtml\?[^"]*jakarta\.faces\.Token=[^"]*)"', page)
    if "tokenForm" not in page and link:
        page_url, page = fetch(base + htmllib.unescape(link.group(1)), referer=base + "/account/index.xhtml")
    form = Forms(page).forms.get("tokenForm")
    if not form:
        return
    action, fields = form
    fields = [(k, name if k == "tokenName" else v) for k, v in fields] + [("createToken", "createToken")]
    _, created = fetch(urllib.parse.urljoin(page_url, htmllib.unescape(action)),
                       urllib.parse.urlencode(fields).encode(), referer=page_url)
    match = re.search(r'id="newToken"[^>]*value="(cvt_[^"]+)"', created)
    if match:
        print(match.group(1))


# ---------------------------------------------------------------------------------------------------- wapiti
def wapiti(status_path, budget, args):
    import requests
    from wapitiCore.net import crawler as wcrawler
    from wapitiCore.net import page as wpage
    from wapitiCore.net import web
    from wapitiCore.attack import mod_csrf
    from wapitiCore.main.wapiti import wapiti_main

    deadline = time.monotonic() + budget
    status = {"forms_left_out": 0, "view_states_refreshed": 0, "view_states_not_found": 0,
              "refused_past_budget": 0, "budget_seconds": budget, "budget_reached": False}

    def save_status():
        with open(status_path, "w") as f:
            json.dump(status, f, indent=2)

    # 1. No sign-out form, ever. And one form is one form: a page shows its forms with a new view state and nonce at
    #    every visit, which would make wapiti take each visit's forms for new ones (and crawl and attack them again);
    #    a form keeps the values it was first seen with (they are replaced by current ones when it is posted, 2.).
    original_iter_forms = wpage.Page.iter_forms
    first_seen = {}

    def iter_forms(self, autofill=True):
        for form in original_iter_forms(self, autofill):
            names = [k for k, _ in form.post_params + form.get_params]
            if GUARDED_FIELDS & set(names):
                status["forms_left_out"] += 1
                continue
            if VIEW_STATE in names:
                key = (form.url, tuple(sorted(names)))
                seen = first_seen.setdefault(key, dict(p for p in form.post_params if p[0] in (VIEW_STATE, NONCE)))
                form = web.Request(form.path, method=form.method, get_params=form.get_params,
                                   post_params=[[k, seen.get(k, v)] for k, v in form.post_params],
                                   file_params=form.file_params, encoding=form.encoding, enctype=form.enctype,
                                   referer=form.referer, link_depth=form.link_depth)
            yield form

    wpage.Page.iter_forms = iter_forms

    # 2. A Faces form is posted with the view state and nonce its page has now; and the time budget.
    original_send = wcrawler.Crawler.send

    def fresh_form(crawler, resource):
        values = dict((k, v) for k, v in resource.post_params)
        if values.get(VIEW_STATE) in (None, CSRF_MARKER):
            return resource
        source = resource.referer or resource.url
        try:
            page = original_send(crawler, web.Request(source), follow_redirects=True)
            forms = list(original_iter_forms(page, autofill=False))
        except requests.exceptions.RequestException:
            return resource
        # Every form of a page carries the same view state (the page's) and nonce: any of its forms gives them. (The
        # form itself may be gone or renamed: forms in a list are named by their row, and rows move as comments
        # are added; the post then reaches the form of that row, if any.)
        for form in forms:
            current = dict((k, v) for k, v in form.post_params)
            if VIEW_STATE in current:
                status["view_states_refreshed"] += 1
                post = [[k, current[VIEW_STATE] if k == VIEW_STATE
                         else current.get(NONCE, v) if k == NONCE else v] for k, v in resource.post_params]
                return web.Request(resource.path, method=resource.method, get_params=resource.get_params,
                                   post_params=post, file_params=resource.file_params, encoding=resource.encoding,
                                   enctype=resource.enctype, referer=resource.referer, link_depth=resource.link_depth)
        status["view_states_not_found"] += 1
        if len(status.setdefault("not_found_examples", [])) < 10:
            status["not_found_examples"].append("%s from %s" % (resource.url, source))
        return resource

    def send(self, resource, headers=None, follow_redirects=False):
        if time.monotonic() > deadline:
            if not status["budget_reached"]:
                status["budget_reached"] = True
                print("[security-scan] time budget of %d s reached: the remaining requests are skipped" % budget,
                      flush=True)
            status["refused_past_budget"] += 1
            raise requests.exceptions.ConnectTimeout("security-scan time budget reached")
        sent = resource
        if resource.method == "POST" and resource.post_params:
            sent = fresh_form(self, resource)
        page = original_send(self, sent, headers=headers, follow_redirects=follow_redirects)
        if sent is not resource:
            resource.status = page.status
            resource.set_headers(page.headers)
        return page

    wcrawler.Crawler.send = send

    # 3. Faces' token is a CSRF token.
    mod_csrf.mod_csrf.TOKEN_FORM_STRINGS = mod_csrf.mod_csrf.TOKEN_FORM_STRINGS + [VIEW_STATE.lower()]

    # 4. Debian's wapiti 3.0.4 builds its -x patterns as "<pattern>\\Z(?ms)", which Python 3.11 refuses (global flags
    #    must come first): any exclusion would crash the crawl.
    wcrawler.wildcard_translate = lambda pattern: re.compile(
        "(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")

    sys.argv = ["wapiti"] + args
    try:
        wapiti_main()
    finally:
        save_status()


# ---------------------------------------------------------------------------------------------------- summary
WAPITI_CATEGORIES = {  # module -> category of wapiti's report
    "sql": "SQL Injection", "blindsql": "Blind SQL Injection", "xss": "Cross Site Scripting",
    "permanentxss": "Cross Site Scripting", "exec": "Command execution", "file": "Path Traversal",
    "crlf": "CRLF Injection", "redirect": "Open Redirect", "ssrf": "Server Side Request Forgery",
    "csrf": "Cross Site Request Forgery",
}


def read(path, default=""):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return default


def sqlmap_result(target_dir):
    """(state, lines): state is clean, found, incomplete or failed"""
    console = read(os.path.join(target_dir, "console.log"))
    rc = read(os.path.join(target_dir, "rc"), "?").strip()
    took = read(os.path.join(target_dir, "seconds"), "?").strip()
    errors = ""
    m = re.search(r"HTTP error codes detected during run:\s*\n(.+)", console)
    if m:
        errors = "; HTTP " + re.sub(r" \([^)]*\) - (\d+) times?", r" x\1", m.group(1).strip())
    points = []
    for log in (os.path.join(d, "log") for d, _, files in os.walk(target_dir) if "log" in files):
        current = None
        for line in read(log).splitlines():
            line = line.strip()
            if line.startswith("Parameter:"):
                current = line[len("Parameter:"):].strip()
            elif line.startswith("Type:") and current:
                kind = line[len("Type:"):].strip()
            elif line.startswith("Payload:") and current:
                points.append("%s, %s: %s" % (current, kind, line[len("Payload:"):].strip()))
    if points:
        return "found", ["INJECTION FOUND (%s s%s):" % (took, errors)] + ["    " + p for p in points]
    critical = [l for l in console.splitlines() if "[CRITICAL]" in l]
    if rc == "124":
        return "incomplete", ["stopped at its time limit after %s s, no injection found in what it tested "
                              "(incomplete)%s" % (took, errors)]
    if rc not in ("0",) or critical:
        why = critical[0].split("[CRITICAL]", 1)[1].strip() if critical else "exit code %s" % rc
        return "failed", ["FAILED: %s" % why[:200]]
    if "do not appear to be injectable" in console or "does not seem to be injectable" in console:
        return "clean", ["no injection found (%s s%s)" % (took, errors)]
    return "failed", ["FAILED: no verdict in its output (see console.log)"]


def echoed_url(vulnerability):
    """The URL a stored-XSS finding saw its payload in ("... found in <url> by injecting ..."), or None."""
    m = re.search(r"found in (\S+) by injecting", str(vulnerability.get("info", "")))
    return m.group(1) if m else None


def found_in(report_path, session, out_path):
    import urllib.request
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    data = json.loads(read(report_path, "{}") or "{}")
    seen = {}
    for items in data.get("vulnerabilities", {}).values():
        for v in items:
            url = echoed_url(v)
            if not url or url in seen:
                continue
            try:
                request = urllib.request.Request(url, headers={"Cookie": "CIVITAS_SESSION=" + session})
                with opener.open(request, timeout=60) as response:
                    headers = response.headers
                    seen[url] = {"status": response.status, "type": headers.get("Content-Type", ""),
                                 "nosniff": headers.get("X-Content-Type-Options", "") == "nosniff",
                                 "disposition": headers.get("Content-Disposition", "")}
            except Exception as e:  # counted as HTML: unknown is not harmless
                seen[url] = {"status": None, "type": "", "nosniff": False, "error": str(e)}
    with open(out_path, "w") as out:
        json.dump(seen, out, indent=1)


def not_run_by_browser(found):
    """Whether a response a payload was echoed in is one a browser does not render as a page."""
    kind = (found or {}).get("type", "").split(";")[0].strip().lower()
    return bool(found) and found.get("nosniff") and kind in ("text/csv", "application/json", "text/plain")


def summary(work, elapsed):
    found = failed = False
    out = []
    targets = []
    for line in read(os.path.join(work, "sqlmap", "targets.txt")).splitlines():
        name, _, what = line.partition(" ")
        targets.append((name, what))
    out.append("sqlmap %s (level/risk %s):" % (read(os.path.join(work, "sqlmap", "version")).strip(),
                                               read(os.path.join(work, "sqlmap", "level")).strip()))
    for name, what in targets:
        state, lines = sqlmap_result(os.path.join(work, "sqlmap", name))
        found |= state == "found"
        failed |= state in ("failed", "incomplete")
        out.append("  %-16s %s" % (name, what))
        out.extend("  %-16s   -> %s" % ("", l) if i == 0 else "  %-16s   %s" % ("", l) for i, l in enumerate(lines))
    if not targets:
        failed = True
        out.append("  not run")

    report = os.path.join(work, "wapiti", "report.json")
    status = {}
    try:
        status = json.loads(read(os.path.join(work, "wapiti", "status.json"), "{}"))
    except ValueError:
        pass
    modules = [m for m in read(os.path.join(work, "wapiti", "modules")).strip().split(",") if m]
    rc = read(os.path.join(work, "wapiti", "rc"), "?").strip()
    took = read(os.path.join(work, "wapiti", "seconds"), "?").strip()
    try:
        data = json.loads(read(report))
    except ValueError:
        data = None
    if data is None:
        failed = True
        out.append("wapiti: FAILED, no report (exit code %s, %s s; see %s)" % (rc, took, os.path.join(work, "wapiti",
                                                                                                      "console.log")))
    else:
        console = read(os.path.join(work, "wapiti", "console.log"))
        m = re.search(r"Wapiti found (\d+) URLs and forms", console)
        try:
            types = json.loads(read(os.path.join(work, "wapiti", "found-in.json"), "{}"))
        except ValueError:
            types = {}
        echoed = []  # stored XSS findings echoed in a download a browser does not run
        for k, items in data.get("vulnerabilities", {}).items():
            kept = []
            for v in items:
                url = echoed_url(v)
                if url and not_run_by_browser(types.get(url)):
                    echoed.append((k, v, url, types[url]["type"]))
                else:
                    kept.append(v)
            data["vulnerabilities"][k] = kept
        vulns = {k: len(v) for k, v in data.get("vulnerabilities", {}).items()}
        wanted = []
        for module in modules:
            category = WAPITI_CATEGORIES.get(module)
            if category and category not in wanted:
                wanted.append(category)
        shown = wanted + sorted(k for k, n in vulns.items() if n and k not in wanted)
        found |= any(vulns.get(k, 0) for k in shown)
        out.append("wapiti %s (%s s, %s URLs and forms; modules %s):" % (
            read(os.path.join(work, "wapiti", "version")).strip(), took, m.group(1) if m else "?", ",".join(modules)))
        for i in range(0, len(shown), 3):
            out.append("  " + "   ".join("%s: %d" % (k, vulns.get(k, 0)) for k in shown[i:i + 3]))
        anomalies = {k: len(v) for k, v in data.get("anomalies", {}).items() if v}
        if anomalies:
            out.append("  anomalies (not counted as findings): " +
                       ", ".join("%s: %d" % (k, n) for k, n in sorted(anomalies.items())))
        for k in shown:
            for v in data["vulnerabilities"].get(k, [])[:5]:
                out.append("  * %s: %s %s, parameter %s: %s" % (k, v.get("method"), v.get("path"),
                                                                  v.get("parameter") or "-",
                                                                  " ".join(str(v.get("info", "")).split())[:300]))
        if echoed:
            places = sorted({"%s (%s, nosniff; injected by %s %s)" % (url, kind, v.get("method"), v.get("path"))
                             for _, v, url, kind in echoed})
            out.append("  not counted: %d stored-XSS payloads echoed as data in downloads a browser does not run as a"
                       " page: %s" % (len(echoed), "; ".join(places)))
        if status:
            out.append("  faces forms: %d posts sent with their page's current view state (%d where none was found);"
                       " sign-out form left out %d times" % (status.get("view_states_refreshed", 0),
                                                           status.get("view_states_not_found", 0),
                                                           status.get("forms_left_out", 0)))
        if status.get("budget_reached"):
            out.append("  note: its time budget (%s s) ran out; %s requests were skipped (modules not finished)"
                       % (status.get("budget_seconds"), status.get("refused_past_budget")))
        skipped = re.findall(r"Max attack time was reached for module (\w+)", console)
        if skipped:
            out.append("  note: modules stopped at their own time limit: %s" % ", ".join(dict.fromkeys(skipped)))
        out.append("  report: %s" % report)
    # Every 500 the portal answered during the scans is a defect, whatever the tools make of it
    log = read(os.path.join(work, "usr", "servers", "civitas-security-scan", "logs", "messages.log"))
    errors = re.findall(r"ErrorPageView\s+E 500 for (\S+)", log)
    if errors:
        found = True
        counts = {}
        for path in errors:
            counts[path] = counts.get(path, 0) + 1
        out.append("server: FOUND %d answers with HTTP 500 (%s); see the server's messages.log" % (
            len(errors), ", ".join("%s x%d" % kv for kv in sorted(counts.items()))))
    else:
        out.append("server: no answer with HTTP 500 in its log")
    checks = read(os.path.join(work, "checks")).strip()
    if checks:
        for line in checks.splitlines():
            out.append(line)
            failed |= line.startswith("FAILED")
    minutes, seconds = divmod(int(float(elapsed)), 60)
    code = 1 if found else 2 if failed else 0
    verdict = {0: "nothing found", 1: "SOMETHING WAS FOUND", 2: "a scan FAILED or did not complete"}[code]
    print("\n".join(out))
    print("RESULT: %s (exit %d) in %d min %02d s; outputs in %s" % (verdict, code, minutes, seconds, work))
    return code


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if command == "endpoint":
        endpoint(int(argv[2]), argv[3])
    elif command == "cookies":
        cookies(*argv[2:6])
    elif command == "token":
        token(*argv[2:5])
    elif command == "wapiti":
        wapiti(argv[2], float(argv[3]), argv[4:])
    elif command == "found-in":
        found_in(argv[2], argv[3], argv[4])
    elif command == "summary":
        sys.exit(summary(argv[2], argv[3]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv)
