"""`replylint serve`: the HTTP door onto `replylint.lint()` and the agents' web page.

Optional: `pip install 'replylint[server]'` (Starlette on uvicorn). Modules, one job each:

- `settings.py`  what the operator chose (host, token, CORS, limits) and the loopback rule
- `payload.py`   reading and validating a request body (400/413/415/422 errors)
- `results.py`   a Report as the HTTP response: the CLI's finding objects plus UTF-16 offsets
- `app.py`       the Starlette application: routes, errors, token, CORS
- `timelimit.py` the per-request time limit (an alarm that stops a lint that runs too long)
- `accesslog.py` the access log: method, path, status, size and time, never a body
- `openapi.py`   the OpenAPI document served at /openapi.json
- `run.py`       starting uvicorn (workers, logging) from the CLI's `serve` command
- `static/`      the web page (plain HTML, CSS and JavaScript; nothing from a CDN)

The text of a reply is a customer's personal data: nothing here logs it or keeps it.
"""
