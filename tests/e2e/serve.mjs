// Serves a folder under a sub-path, like a static host's project page
// (e.g. https://user.github.io/jalon/). Usage:
//   node serve.mjs <dir> <port> [/prefix/]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const [dir = "../../dist", port = "8090", prefix = "/jalon/"] = process.argv.slice(2);
const root = path.resolve(dir);
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json",
  ".png": "image/png", ".ico": "image/x-icon",
};

http.createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname === "/" || url.pathname === prefix.replace(/\/$/, "")) {
    res.writeHead(302, { location: prefix }).end();
    return;
  }
  if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end("not found"); return; }
  let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
  const file = path.join(root, rel);
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404).end("not found"); return; }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
    res.end(data);
  });
}).listen(Number(port), "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`));
