// generated from specs/asyncapi.yaml by clawgate, do not edit
// clawgate WebSocket API 0.1.0: runtime validators for every message and channel.

import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type * as M from './messages.js';
import { messageSchemas, type MessageName } from './schemas.js';

/** One problem found in a frame; `path` is a JSON Pointer into the frame. */
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

/** `key` is the message's discriminator value (or message id) on its channel. */
export type ValidationResult<T> = { ok: true; key: string; message: T } | { ok: false; errors: ValidationIssue[] };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormatsModule.default(ajv);

function compile(name: MessageName): ValidateFunction {
  return ajv.compile(messageSchemas[name] as object | boolean);
}

function issues(errors: ErrorObject[] | null | undefined): ValidationIssue[] {
  return (errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: e.message ?? 'is invalid',
    keyword: e.keyword,
  }));
}

function check<T>(validate: ValidateFunction, value: unknown, key: string): ValidationResult<T> {
  return validate(value) ? { ok: true, key, message: value as T } : { ok: false, errors: issues(validate.errors) };
}

function checkByDiscriminator<T>(
  frame: unknown,
  property: string,
  table: ReadonlyArray<readonly [string, ValidateFunction]>,
  channel: string,
  direction: string,
): ValidationResult<T> {
  const expected = table.map(([key]) => key).join(', ');
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) {
    return { ok: false, errors: [{ path: '/', message: `must be an object with "${property}" (channel ${channel}, ${direction})`, keyword: 'type' }] };
  }
  const value = (frame as Record<string, unknown>)[property];
  const entry = table.find(([key]) => key === value);
  if (!entry) {
    return {
      ok: false,
      errors: [{
        path: `/${property}`,
        message: `unknown message ${property} ${JSON.stringify(value) ?? 'undefined'} on channel ${channel} (${direction}); expected one of: ${expected}`,
        keyword: 'discriminator',
      }],
    };
  }
  return check<T>(entry[1], frame, entry[0]);
}

function checkByMatch<T>(
  frame: unknown,
  table: ReadonlyArray<readonly [string, ValidateFunction]>,
  channel: string,
  direction: string,
): ValidationResult<T> {
  if (table.length === 0) {
    return { ok: false, errors: [{ path: '/', message: `channel ${channel} has no messages ${direction}`, keyword: 'discriminator' }] };
  }
  const errors: ValidationIssue[] = [];
  for (const [key, validate] of table) {
    const result = check<T>(validate, frame, key);
    if (result.ok) return result;
    errors.push(...result.errors.map((e) => ({ ...e, message: `${key}: ${e.message}` })));
  }
  return { ok: false, errors };
}

/** Every message schema, compiled once. */
const compiled: Readonly<Record<MessageName, ValidateFunction>> = {
  ClientConnectionAckMessage: compile("ClientConnectionAckMessage"),
  SessionJoinMessage: compile("SessionJoinMessage"),
  SessionJoinedMessage: compile("SessionJoinedMessage"),
  SessionLeaveMessage: compile("SessionLeaveMessage"),
  SessionLeftMessage: compile("SessionLeftMessage"),
  MessageSendMessage: compile("MessageSendMessage"),
  MessageDeltaMessage: compile("MessageDeltaMessage"),
  MessageCompletedMessage: compile("MessageCompletedMessage"),
  SkillExecuteMessage: compile("SkillExecuteMessage"),
  SkillResultMessage: compile("SkillResultMessage"),
  QuotaWarningMessage: compile("QuotaWarningMessage"),
  ClientErrorMessage: compile("ClientErrorMessage"),
  ClientPingMessage: compile("ClientPingMessage"),
  ClientPongMessage: compile("ClientPongMessage"),
  GatewayConnectionAckMessage: compile("GatewayConnectionAckMessage"),
  ApiDeployedMessage: compile("ApiDeployedMessage"),
  ApiUndeployedMessage: compile("ApiUndeployedMessage"),
  GatewayConfigUpdatedMessage: compile("GatewayConfigUpdatedMessage"),
  GatewayAckMessage: compile("GatewayAckMessage"),
  GatewayErrorMessage: compile("GatewayErrorMessage"),
  GatewayPingMessage: compile("GatewayPingMessage"),
  GatewayPongMessage: compile("GatewayPongMessage"),
};

/** Validates one `connectionAck` message against its JSON Schema. */
export function validateClientConnectionAckMessage(value: unknown): ValidationResult<M.ClientConnectionAckMessage> {
  return check<M.ClientConnectionAckMessage>(compiled.ClientConnectionAckMessage, value, "connectionAck");
}

/** Validates one `sessionJoin` message against its JSON Schema. */
export function validateSessionJoinMessage(value: unknown): ValidationResult<M.SessionJoinMessage> {
  return check<M.SessionJoinMessage>(compiled.SessionJoinMessage, value, "sessionJoin");
}

/** Validates one `sessionJoined` message against its JSON Schema. */
export function validateSessionJoinedMessage(value: unknown): ValidationResult<M.SessionJoinedMessage> {
  return check<M.SessionJoinedMessage>(compiled.SessionJoinedMessage, value, "sessionJoined");
}

/** Validates one `sessionLeave` message against its JSON Schema. */
export function validateSessionLeaveMessage(value: unknown): ValidationResult<M.SessionLeaveMessage> {
  return check<M.SessionLeaveMessage>(compiled.SessionLeaveMessage, value, "sessionLeave");
}

/** Validates one `sessionLeft` message against its JSON Schema. */
export function validateSessionLeftMessage(value: unknown): ValidationResult<M.SessionLeftMessage> {
  return check<M.SessionLeftMessage>(compiled.SessionLeftMessage, value, "sessionLeft");
}

/** Validates one `messageSend` message against its JSON Schema. */
export function validateMessageSendMessage(value: unknown): ValidationResult<M.MessageSendMessage> {
  return check<M.MessageSendMessage>(compiled.MessageSendMessage, value, "messageSend");
}

/** Validates one `messageDelta` message against its JSON Schema. */
export function validateMessageDeltaMessage(value: unknown): ValidationResult<M.MessageDeltaMessage> {
  return check<M.MessageDeltaMessage>(compiled.MessageDeltaMessage, value, "messageDelta");
}

/** Validates one `messageCompleted` message against its JSON Schema. */
export function validateMessageCompletedMessage(value: unknown): ValidationResult<M.MessageCompletedMessage> {
  return check<M.MessageCompletedMessage>(compiled.MessageCompletedMessage, value, "messageCompleted");
}

/** Validates one `skillExecute` message against its JSON Schema. */
export function validateSkillExecuteMessage(value: unknown): ValidationResult<M.SkillExecuteMessage> {
  return check<M.SkillExecuteMessage>(compiled.SkillExecuteMessage, value, "skillExecute");
}

/** Validates one `skillResult` message against its JSON Schema. */
export function validateSkillResultMessage(value: unknown): ValidationResult<M.SkillResultMessage> {
  return check<M.SkillResultMessage>(compiled.SkillResultMessage, value, "skillResult");
}

/** Validates one `quotaWarning` message against its JSON Schema. */
export function validateQuotaWarningMessage(value: unknown): ValidationResult<M.QuotaWarningMessage> {
  return check<M.QuotaWarningMessage>(compiled.QuotaWarningMessage, value, "quotaWarning");
}

/** Validates one `error` message against its JSON Schema. */
export function validateClientErrorMessage(value: unknown): ValidationResult<M.ClientErrorMessage> {
  return check<M.ClientErrorMessage>(compiled.ClientErrorMessage, value, "error");
}

/** Validates one `ping` message against its JSON Schema. */
export function validateClientPingMessage(value: unknown): ValidationResult<M.ClientPingMessage> {
  return check<M.ClientPingMessage>(compiled.ClientPingMessage, value, "ping");
}

/** Validates one `pong` message against its JSON Schema. */
export function validateClientPongMessage(value: unknown): ValidationResult<M.ClientPongMessage> {
  return check<M.ClientPongMessage>(compiled.ClientPongMessage, value, "pong");
}

/** Validates one `connectionAck` message against its JSON Schema. */
export function validateGatewayConnectionAckMessage(value: unknown): ValidationResult<M.GatewayConnectionAckMessage> {
  return check<M.GatewayConnectionAckMessage>(compiled.GatewayConnectionAckMessage, value, "connectionAck");
}

/** Validates one `apiDeployed` message against its JSON Schema. */
export function validateApiDeployedMessage(value: unknown): ValidationResult<M.ApiDeployedMessage> {
  return check<M.ApiDeployedMessage>(compiled.ApiDeployedMessage, value, "apiDeployed");
}

/** Validates one `apiUndeployed` message against its JSON Schema. */
export function validateApiUndeployedMessage(value: unknown): ValidationResult<M.ApiUndeployedMessage> {
  return check<M.ApiUndeployedMessage>(compiled.ApiUndeployedMessage, value, "apiUndeployed");
}

/** Validates one `gatewayConfigUpdated` message against its JSON Schema. */
export function validateGatewayConfigUpdatedMessage(value: unknown): ValidationResult<M.GatewayConfigUpdatedMessage> {
  return check<M.GatewayConfigUpdatedMessage>(compiled.GatewayConfigUpdatedMessage, value, "gatewayConfigUpdated");
}

/** Validates one `ack` message against its JSON Schema. */
export function validateGatewayAckMessage(value: unknown): ValidationResult<M.GatewayAckMessage> {
  return check<M.GatewayAckMessage>(compiled.GatewayAckMessage, value, "ack");
}

/** Validates one `error` message against its JSON Schema. */
export function validateGatewayErrorMessage(value: unknown): ValidationResult<M.GatewayErrorMessage> {
  return check<M.GatewayErrorMessage>(compiled.GatewayErrorMessage, value, "error");
}

/** Validates one `ping` message against its JSON Schema. */
export function validateGatewayPingMessage(value: unknown): ValidationResult<M.GatewayPingMessage> {
  return check<M.GatewayPingMessage>(compiled.GatewayPingMessage, value, "ping");
}

/** Validates one `pong` message against its JSON Schema. */
export function validateGatewayPongMessage(value: unknown): ValidationResult<M.GatewayPongMessage> {
  return check<M.GatewayPongMessage>(compiled.GatewayPongMessage, value, "pong");
}

const clientChannelServerMessageTable: ReadonlyArray<readonly [string, ValidateFunction]> = [
  ["connection.ack", compiled.ClientConnectionAckMessage],
  ["message.delta", compiled.MessageDeltaMessage],
  ["message.completed", compiled.MessageCompletedMessage],
  ["quota.warning", compiled.QuotaWarningMessage],
  ["error", compiled.ClientErrorMessage],
  ["session.joined", compiled.SessionJoinedMessage],
  ["session.left", compiled.SessionLeftMessage],
  ["skill.result", compiled.SkillResultMessage],
  ["pong", compiled.ClientPongMessage],
];

/** Validates a frame on channel `clientChannel` (server → client); picks the schema by `type`. */
export function validateClientChannelServerMessage(frame: unknown): ValidationResult<M.ClientChannelServerMessage> {
  return checkByDiscriminator<M.ClientChannelServerMessage>(frame, "type", clientChannelServerMessageTable, "clientChannel", "server → client");
}

const clientChannelClientMessageTable: ReadonlyArray<readonly [string, ValidateFunction]> = [
  ["session.join", compiled.SessionJoinMessage],
  ["session.leave", compiled.SessionLeaveMessage],
  ["message.send", compiled.MessageSendMessage],
  ["skill.execute", compiled.SkillExecuteMessage],
  ["ping", compiled.ClientPingMessage],
];

/** Validates a frame on channel `clientChannel` (client → server); picks the schema by `type`. */
export function validateClientChannelClientMessage(frame: unknown): ValidationResult<M.ClientChannelClientMessage> {
  return checkByDiscriminator<M.ClientChannelClientMessage>(frame, "type", clientChannelClientMessageTable, "clientChannel", "client → server");
}

const gatewayEventsServerMessageTable: ReadonlyArray<readonly [string, ValidateFunction]> = [
  ["connection.ack", compiled.GatewayConnectionAckMessage],
  ["api.deployed", compiled.ApiDeployedMessage],
  ["api.undeployed", compiled.ApiUndeployedMessage],
  ["gateway.config.updated", compiled.GatewayConfigUpdatedMessage],
  ["error", compiled.GatewayErrorMessage],
  ["pong", compiled.GatewayPongMessage],
];

/** Validates a frame on channel `gatewayEvents` (server → client); picks the schema by `type`. */
export function validateGatewayEventsServerMessage(frame: unknown): ValidationResult<M.GatewayEventsServerMessage> {
  return checkByDiscriminator<M.GatewayEventsServerMessage>(frame, "type", gatewayEventsServerMessageTable, "gatewayEvents", "server → client");
}

const gatewayEventsClientMessageTable: ReadonlyArray<readonly [string, ValidateFunction]> = [
  ["ack", compiled.GatewayAckMessage],
  ["ping", compiled.GatewayPingMessage],
];

/** Validates a frame on channel `gatewayEvents` (client → server); picks the schema by `type`. */
export function validateGatewayEventsClientMessage(frame: unknown): ValidationResult<M.GatewayEventsClientMessage> {
  return checkByDiscriminator<M.GatewayEventsClientMessage>(frame, "type", gatewayEventsClientMessageTable, "gatewayEvents", "client → server");
}
