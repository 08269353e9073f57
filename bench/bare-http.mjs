// Baseline: a bare node:http server answering a fixed small HTML page, no framework, no database.
import http from 'node:http';

const body = '<!doctype html><html><body><h1>Hello</h1></body></html>';
http
  .createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
