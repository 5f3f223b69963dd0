import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'graphql';
import { graphqlGuardPlugin, hasNulLiteral } from '../graphql-guard';

test('a NUL inside a string literal of the query text is found, escaped or not', () => {
  assert.equal(hasNulLiteral(parse('{ articles(filters: { title: { eq: "a\\u0000b" } }) { title } }')), true);
  assert.equal(hasNulLiteral(parse('{ articles(filters: { title: { eq: """x\u0000y""" } }) { title } }')), true);
  assert.equal(hasNulLiteral(parse('{ articles(filters: { title: { eq: "a\\\\u0000b" } }) { title } }')), false);
});

test('internal errors lose their message (a database error carries its SQL); named errors keep theirs', async () => {
  const hooks = await graphqlGuardPlugin().requestDidStart();
  const errors = [
    {
      message: 'Internal Server Error',
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        error: { name: 'error', message: 'select "t0".* from "public"."articles" … invalid byte sequence for encoding "UTF8": 0x00' },
      },
    },
    {
      message: 'Invalid key title',
      extensions: { code: 'BAD_USER_INPUT', error: { name: 'ValidationError', message: 'Invalid key title' } },
    },
    { message: 'no code at all' },
  ];
  const response = { body: { kind: 'single', singleResult: { errors } } };
  await hooks.willSendResponse({ response, request: { variables: {} }, contextValue: {} });
  const [internal, named, bare] = response.body.singleResult.errors;
  assert.deepEqual(internal, { message: 'Lỗi máy chủ. Vui lòng thử lại sau.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  assert.equal(named!.message, 'Invalid key title');
  assert.doesNotMatch(JSON.stringify(bare), /no code/);
  const en = { body: { kind: 'single', singleResult: { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } } };
  await hooks.willSendResponse({ response: en, request: { variables: { locale: 'en' } }, contextValue: {} });
  assert.equal(en.body.singleResult.errors[0]!.message, 'Internal error. Please try again later.');
});
