/** The shape of one MCP tool over the core: its schemas, its scope, its hints and what it does. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type * as z from '../../../fulfillment/kit/schema';
import type { ToolCall } from '../tool-kit';

/** A tool. Input and output are zod objects; the output describes the structured content. */
export interface Tool<I extends z.ZodMiniObject = z.ZodMiniObject, O extends z.ZodMiniObject = z.ZodMiniObject> {
  readonly name: string;
  readonly title: string;
  /** When to call it, what it returns, and what it can never do: written for a model to choose well. */
  readonly description: string;
  /** The scope a token needs to call it. */
  readonly scope: string;
  readonly input: I;
  readonly output: O;
  readonly annotations: ToolAnnotations;
  run(args: z.infer<I>, call: ToolCall): Promise<CallToolResult>;
}

/** Runs a tool's work, turning a bug into a fixed answer (the SDK would hand its message to the model). */
export type Guarded = (name: string, work: () => Promise<CallToolResult>) => Promise<CallToolResult>;

/** A declared tool, whatever its schemas: what the server registers and the scope check reads. */
export interface ToolEntry {
  readonly name: string;
  readonly scope: string;
  /** Registers the tool on a server for one request's calls. */
  register(server: McpServer, call: ToolCall, guarded: Guarded): void;
}

/** Declares a tool, with its arguments typed from its input schema. */
export function tool<I extends z.ZodMiniObject, O extends z.ZodMiniObject>(t: Tool<I, O>): ToolEntry & { readonly definition: Tool<I, O> } {
  return {
    name: t.name,
    scope: t.scope,
    definition: t,
    register(server, call, guarded) {
      // Registered as any object schema, so that the SDK's conditional callback type resolves;
      // the SDK hands the callback the arguments it parsed with t.input.
      const input: z.ZodMiniObject = t.input;
      const config = { title: t.title, description: t.description, inputSchema: input, outputSchema: t.output, annotations: t.annotations };
      server.registerTool(t.name, config, (args) => guarded(t.name, () => t.run(args as z.infer<I>, call)));
    },
  };
}

/** Hints for a tool that only reads. */
export const READS: ToolAnnotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
