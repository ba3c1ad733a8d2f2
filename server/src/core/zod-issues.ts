/**
 * zod's issues in the reader's language: configuration errors are read by drafters. They are
 * references to the catalogue (see ref), worded when the message that holds them is shown.
 */
import type { z } from 'zod';
import { ref, refList } from './messages/catalogue';

const TYPES = {
  string: 'config.type.string',
  number: 'config.type.number',
  boolean: 'config.type.boolean',
  array: 'config.type.array',
  object: 'config.type.object',
} as const;

function typeName(t: string): string {
  return ref(Object.hasOwn(TYPES, t) ? TYPES[t as keyof typeof TYPES] : 'config.type.other');
}

export function describeIssue(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return ref('config.issue.missing', { expected: typeName(issue.expected) });
      return ref('config.issue.type', { expected: typeName(issue.expected), received: typeName(issue.received) });
    case 'invalid_union':
      return ref(issue.path[0] === 'rules' ? 'config.issue.severity' : 'config.issue.other');
    case 'invalid_enum_value':
      return ref('config.issue.enum', { options: refList(issue.options.map(String)) });
    case 'too_small':
    case 'too_big':
      return ref('config.issue.range');
    default:
      return ref('config.issue.other');
  }
}

/** Several issues as one reason: each with the path it is about (when it has one and `paths`), joined by ；. */
export function describeIssues(issues: readonly z.ZodIssue[], paths = true): string {
  return refList(
    issues.map((i) =>
      paths && i.path.length > 0
        ? ref('config.issue.at', { path: i.path.join('.'), issue: describeIssue(i) })
        : describeIssue(i),
    ),
    'general.clauseSeparator',
  );
}
