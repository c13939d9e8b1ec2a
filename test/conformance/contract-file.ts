import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ContractStep {
  request: {
    method: string;
    path: string;
    headers?: Record<string, string>;
    json?: unknown;
    body?: string;
    auth?: string;
    repeat?: number;
  };
  expect: { status: number; headers?: Record<string, string>; json?: unknown; absent?: string[]; save?: Record<string, string> };
}

export interface ContractCaseFile {
  profile: string;
  description?: string;
  cases: Array<{ name: string; seed: string; env?: 'sandbox' | 'production'; steps: ContractStep[] }>;
  file: string;
}

export const contractsDir = fileURLToPath(new URL('../../fixtures/contracts/', import.meta.url));

export function loadContractFiles(): ContractCaseFile[] {
  if (!existsSync(contractsDir)) return [];
  const out: ContractCaseFile[] = [];
  for (const profile of readdirSync(contractsDir).sort()) {
    const dir = join(contractsDir, profile);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = join(dir, name);
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Omit<ContractCaseFile, 'file'>;
      out.push({ ...parsed, file: `${profile}/${name}` });
    }
  }
  return out;
}
