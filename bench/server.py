"""A fast HTTP/1.1 server for the benchmark: every request gets the same UserWithLinks answer.

Raw asyncio, keep-alive, on 127.0.0.1 only; it stops by itself after ``--max-seconds``. Run in
its own process, so the client being measured has the other core to itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"


def answer_bytes() -> bytes:
    body = json.dumps(
        json.loads((SAMPLE / "003_b70f638c30fcf8f5.response.json").read_text(encoding="utf-8")),
        separators=(",", ":"),
    ).encode()
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    ).encode()
    return head + body


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, answer: bytes) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            writer.write(answer)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def serve(port: int, max_seconds: float) -> None:
    answer = answer_bytes()
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, answer), "127.0.0.1", port, backlog=1024
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await asyncio.sleep(max_seconds)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=600)
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.port, args.max_seconds))
    except KeyboardInterrupt:
        sys.exit(0)
