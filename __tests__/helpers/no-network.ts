// Every test process: the hosts the resolvers know point at a closed port on this machine, so a
// test that forgets its stand-in server fails at once instead of reaching the network.
const CLOSED = 'http://127.0.0.1:9'
for (const name of [
  'HF_ENDPOINT',
  'GITHUB_API_URL',
  'ARXIV_OAI_URL',
  'ZENODO_URL',
  'DOI_RESOLVER_URL'
])
  process.env[name] ??= CLOSED
process.env.HF_TOKEN ??= ''
