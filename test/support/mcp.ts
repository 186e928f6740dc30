/**
 * An MCP client against a running skill: the skill listens on a loopback port, and each client
 * is the official SDK's, over Streamable HTTP, with a bearer token. Everything opened is closed
 * by `close`, whatever failed before it.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { startSkill, type TestSkill } from './harness';
import { loopbackServer } from './linked-skill';

/** What a tool answered, read the way a model reads it. */
export interface ToolAnswer {
  readonly text: string;
  readonly structured: Record<string, unknown> | undefined;
  readonly isError: boolean;
}

/** A skill serving MCP, and a way to connect clients to it. */
export interface McpHarness {
  readonly skill: TestSkill;
  /** The base URL, http://127.0.0.1:port. */
  readonly base: string;
  /** Connects a client with a bearer token (none: no Authorization header). */
  connect(token?: string, headers?: Record<string, string>): Promise<Client>;
  /** Closes every client, then the server and its connections. */
  close(): Promise<void>;
}

/** Starts a skill on a loopback port for MCP clients. */
export async function startMcp(options: Parameters<typeof startSkill>[0] = {}): Promise<McpHarness> {
  // The port first, so that the skill's public URL (and so the resource of /mcp) is the one dialled.
  const { server, port, serve } = await loopbackServer();
  const skill = startSkill({ ...options, overrides: { ...options.overrides, port } });
  serve(skill.app);
  const base = `http://127.0.0.1:${port}`;
  const clients: Client[] = [];
  return {
    skill,
    base,
    async connect(token, headers = {}) {
      const client = new Client({ name: 'test-assistant', version: '1.0.0' });
      clients.push(client);
      const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { requestInit: { headers: { ...auth, ...headers } } }));
      return client;
    },
    async close() {
      await Promise.allSettled(clients.map((c) => c.close()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Calls a tool and reads its answer. */
export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}): Promise<ToolAnswer> {
  const result = await client.callTool({ name, arguments: args });
  const content = (result.content ?? []) as { type: string; text?: string }[];
  return {
    text: content.map((c) => c.text ?? '').join('\n'),
    structured: result.structuredContent as Record<string, unknown> | undefined,
    isError: result.isError === true,
  };
}

/** A JSON-RPC request to post by hand, with the headers Streamable HTTP asks for. */
export function rpc(base: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/mcp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: JSON.stringify(body),
  });
}

/** An initialize request, as Alexa+ sends it. */
export const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-03-26', capabilities: { roots: { listChanged: true } }, clientInfo: { name: 'Alexa+ MCP Client', version: '1.0.0' } },
};
