#!/usr/bin/env python3
"""A stand-in OTLP/HTTP collector for load runs: accepts every POST to /v1/traces with an empty
200 answer and counts requests and bytes (printed on SIGTERM/Ctrl-C). It decodes nothing: it
measures what exporting costs the server, not a collector's work.

    python3 bench/otlp_sink.py 4318 &
    EXTRA_ENV="OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318" BIN=... bash bench/load.sh
"""
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

received = {"exports": 0, "bytes": 0}


class Sink(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        received["exports"] += 1
        received["bytes"] += length
        self.send_response(200)
        self.send_header("content-type", "application/x-protobuf")
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def stop(*_):
    print(f"otlp sink: {received['exports']} exports, {received['bytes']} bytes", flush=True)
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
signal.signal(signal.SIGINT, stop)
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 4318), Sink).serve_forever()
