import { expect, it } from 'vitest';
import { blockPositions } from './positions.js';

it('finds resource and module headers with their line and column', () => {
  const text = [
    '# resource "aws_s3_bucket" "commented" {',
    'resource "aws_s3_bucket" "a" {',
    '}',
    '',
    '  resource aws_kms_key k {',
    '  }',
    'module "app" {',
    '  source = "./app"',
    '}',
  ].join('\n');
  expect([...blockPositions(text)]).toEqual([
    ['resource.aws_s3_bucket.a', { line: 2, column: 1 }],
    ['resource.aws_kms_key.k', { line: 5, column: 3 }],
    ['module.app', { line: 7, column: 1 }],
  ]);
});
