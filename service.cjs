
const http = require('http');
const fs = require('fs');
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
const server = http.createServer((req, res) => res.end('ok'));
server.listen(45123, '127.0.0.1', () => {
  fs.writeFileSync('pids.json', JSON.stringify({ pid: process.pid, child: child.pid }));
});
