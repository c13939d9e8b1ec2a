// Prints the README's per-profile sections from the profile definitions (run after `npm run build`):
//   node test/support/profile-docs.mjs > /tmp/profiles.md
import { builtInProfiles } from '../../dist/profiles/registry.js';

for (const p of builtInProfiles()) {
  const key = p.defaultApiKeys[0];
  const auth =
    p.auth.kind === 'bearer'
      ? `\`Authorization: Bearer ${key.key}\``
      : `signed requests, key \`${key.key}\`, API secret \`${key.apiSecret}\``;
  console.log(`#### ${p.title} — \`${p.mount}\` (seed \`${p.seed}\`)\n`);
  console.log(
    `Routes: ${p.routes.map((r) => `\`${r.method} ${p.mount}${r.path}\`${r.inferred ? ' (inferred)' : ''}`).join(', ')}. Auth: ${auth}. Deliveries sign with \`${p.deliveryScheme.id}\`. Events: ${p.events.types.map((t) => `\`${t}\``).join(', ')} (test event \`${p.events.testEvent}\`). Simulated errors: ${[...new Set(p.simulatedErrors.map((e) => `${e.status} \`${e.code}\``))].join(', ')}.\n`,
  );
  console.log('Inferred (the seed is silent):\n');
  for (const note of p.inferred) console.log(`- ${note}`);
  console.log();
}
