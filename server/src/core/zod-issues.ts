/** zod's issues in the user's language: configuration errors are read by drafters. */
import type { z } from 'zod';
import { formatMessage, Locale, MessageKey } from './messages/catalogue';

function typeName(t: string, locale: Locale): string {
  const key =
    `config.type.${['string', 'number', 'boolean', 'array', 'object'].includes(t) ? t : 'other'}` as MessageKey;
  return formatMessage(key, {}, locale);
}

export function describeIssue(issue: z.ZodIssue, locale: Locale = 'zh-cn'): string {
  switch (issue.code) {
    case 'invalid_type':
      return formatMessage(
        'config.issue.type',
        { expected: typeName(issue.expected, locale), received: typeName(issue.received, locale) },
        locale,
      );
    case 'invalid_union':
      return formatMessage(issue.path[0] === 'rules' ? 'config.issue.severity' : 'config.issue.other', {}, locale);
    case 'invalid_enum_value':
      return formatMessage('config.issue.enum', { options: issue.options.join('、') }, locale);
    case 'too_small':
    case 'too_big':
      return formatMessage('config.issue.range', {}, locale);
    default:
      return formatMessage('config.issue.other', {}, locale);
  }
}
