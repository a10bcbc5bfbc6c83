// Starts the local artifact service (with Azurite) by hand, for trying the action or the demo outside the
// test suite: prints the variables a runner would set, then serves until Ctrl-C.
// Run: npx tsx test/harness/serve-artifacts.ts
import { startArtifactService } from './artifact-service.js';

const service = await startArtifactService();
const quote = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
process.stdout.write(
  `# artifact service on ${service.url} (Azurite pid ${service.azurite.pid}); paste into a shell:\n`,
);
for (const [key, value] of Object.entries(service.env)) process.stdout.write(`export ${key}=${quote(value)}\n`);

const stop = async () => {
  const list = service.artifacts();
  process.stdout.write(
    `\n# ${list.length} artifact(s): ${list.map((a) => `${a.name} #${a.id} ${a.size} B`).join(', ') || 'none'}\n`,
  );
  await service.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
