-- Headless Neovim (0.7+), diagnostics pushed (Neovim 0.7 does not pull): a quick fix for the
-- first structure/broken-paragraph diagnostic, asked for with the diagnostic as Neovim got it
-- (textDocument/codeAction, as vim.lsp.buf.code_action does) and applied with Neovim's own
-- vim.lsp.util.apply_workspace_edit; then the diagnostics of the changed buffer.
--   $GOVREPORT_FILE  a copy of the seed (the buffer is changed, never saved)
local server = os.getenv('GOVREPORT_SERVER')
local file = os.getenv('GOVREPORT_FILE')
local out = os.getenv('GOVREPORT_OUT')
local TIMEOUT = 60000
local RULE = 'structure/broken-paragraph'
local result = { errors = {} }
local function fail(msg) table.insert(result.errors, msg) end

local lsp = dofile(debug.getinfo(1, 'S').source:sub(2):match('(.*/)') .. 'lsp.lua')
local function finish() lsp.finish(out, result) end

local bufnr, uri = lsp.open(file)
local latest = nil
local client_id = lsp.start(server, function(params)
  if params.uri == uri then latest = params end
end)
if not client_id then
  fail('start_client failed')
  finish()
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)

local function ours(diagnostics)
  local list = {}
  for _, d in ipairs(diagnostics) do
    if d.code == RULE then table.insert(list, d) end
  end
  return list
end

if not vim.wait(TIMEOUT, function() return latest ~= nil end, 20) then
  fail('timed out waiting for diagnostics')
  finish()
  return
end
local client = vim.lsp.get_client_by_id(client_id)
local before = ours(latest.diagnostics)
result.before = #before
result.lines_before = vim.api.nvim_buf_line_count(bufnr)
local first = before[1]
result.has_data = first.data ~= nil

local done, actions, err = false, nil, nil
client.request('textDocument/codeAction', {
  textDocument = { uri = uri },
  range = first.range,
  context = { diagnostics = { first }, only = { 'quickfix' } },
}, function(e, r) err, actions, done = e, r, true end, bufnr)
if not vim.wait(TIMEOUT, function() return done end, 10) then fail('timed out waiting for codeAction') end
if err then fail('codeAction failed: ' .. vim.inspect(err)) end
result.titles = {}
for _, a in ipairs(actions or {}) do table.insert(result.titles, a.title) end
if actions and actions[1] and actions[1].edit then
  vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding)
  result.lines_after = vim.api.nvim_buf_line_count(bufnr)
  local joined = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), '\n')
  result.joined = joined:find('高效完成创新生态集聚区、南山新境市民广场', 1, true) ~= nil
  -- The server checks the changed buffer and pushes its diagnostics.
  if not vim.wait(TIMEOUT, function() return #ours(latest.diagnostics) == #before - 1 end, 20) then fail('the fixed finding did not go') end
  result.after = #ours(latest.diagnostics)
else
  fail('no quick fix with an edit')
end
finish()
