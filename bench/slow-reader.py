#!/usr/bin/env python3
"""One slow export client: asks for the task register as CSV and reads it at a steady crawl through a
small receive buffer (as a client on a poor line would), waiting Retry-After whenever it is refused.

    slow-reader.py PORT TOKEN BYTES_PER_SECOND STOP_FILE LOG_FILE

Appends one line per attempt to LOG_FILE: 200 (then reads until STOP_FILE appears or the body ends), or
429. Used by export-slow-readers.sh.
"""
import os
import socket
import sys
import time

port, token, rate, stop_file, log_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
CHUNK = 1024


def log(line):
    with open(log_file, "a") as out:
        out.write(line + "\n")


while not os.path.exists(stop_file):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 * 1024)
    s.connect(("127.0.0.1", int(port)))
    s.sendall((f"GET /api/v1/tasks HTTP/1.1\r\nHost: localhost:{port}\r\nAuthorization: Bearer {token}\r\n"
               "Accept: text/csv\r\nConnection: close\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        data = s.recv(CHUNK)
        if not data:
            break
        head += data
    status = head.split(b" ", 2)[1].decode() if head.startswith(b"HTTP/") else "no-answer"
    log(status)
    if status == "429":
        retry = next((int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"retry-after:")), 10)
        s.close()
        time.sleep(retry)
        continue
    while not os.path.exists(stop_file):
        if not s.recv(CHUNK):
            log("done")
            break
        time.sleep(CHUNK / rate)
    s.close()
