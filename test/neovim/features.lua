-- Headless Neovim (0.7+): hover and workspace/executeCommand against the bundled server.
--   $GOVREPORT_FILE      a copy of the seed: hover on the first body “六稳” and “十四五”
--   $GOVREPORT_STRIPPED  the seed without its notes: run govreport.annotate twice; the server
--                        answers with workspace/applyEdit, applied by Neovim's own handler
-- Everything is written to $GOVREPORT_OUT as JSON, then Neovim quits. Every wait is on an
-- event (a handler filling in the result) with a generous bound; no fixed sleeps.
local server = os.getenv('GOVREPORT_SERVER')
local file = os.getenv('GOVREPORT_FILE')
local stripped = os.getenv('GOVREPORT_STRIPPED')
local out = os.getenv('GOVREPORT_OUT')
local TIMEOUT = 60000
local result = { errors = {} }

local function fail(msg) table.insert(result.errors, msg) end

local lsp = dofile(debug.getinfo(1, 'S').source:sub(2):match('(.*/)') .. 'lsp.lua')
local function finish() lsp.finish(out, result) end

local seed_buf, seed_uri = lsp.open(file)
local stripped_buf, stripped_uri = lsp.open(stripped)
local diagnostics = {}

local client_id = lsp.start(server, function(params) diagnostics[params.uri] = params.diagnostics end)
if not client_id then
  fail('start_client failed')
  finish()
  return
end
vim.lsp.buf_attach_client(seed_buf, client_id)
vim.lsp.buf_attach_client(stripped_buf, client_id)

-- didOpen is sent after initialize: the first diagnostics for both buffers mean both are open.
if not vim.wait(TIMEOUT, function() return diagnostics[seed_uri] ~= nil and diagnostics[stripped_uri] ~= nil end, 20) then
  fail('timed out waiting for the first diagnostics')
  finish()
  return
end
local client = vim.lsp.get_client_by_id(client_id)
result.offset_encoding = client.offset_encoding

--- Sends a request and waits for its answer (the callback runs during vim.wait).
local function request(method, params, bufnr)
  local done, answer, err = false, nil, nil
  local ok = client.request(method, params, function(e, r)
    err, answer, done = e, r, true
  end, bufnr)
  if not ok then return nil, 'request ' .. method .. ' not sent' end
  if not vim.wait(TIMEOUT, function() return done end, 10) then return nil, 'timed out waiting for ' .. method end
  if err then return nil, method .. ' failed: ' .. vim.inspect(err) end
  return answer, nil
end

--- LSP position (UTF-16, Neovim's default encoding) of the first `needle` in the buffer, one
--- character into it (inside the quotes).
local function position_of(bufnr, needle)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, true)
  for i, line in ipairs(lines) do
    local s = line:find(needle, 1, true)
    if s then
      -- `“` is 3 bytes: the byte just after it is the term's first character.
      local byte = s - 1 + #'“'
      local _, utf16 = vim.str_utfindex(line, byte)
      return { line = i - 1, character = utf16 }
    end
  end
end

-- (a) Hover on the first body “六稳” and “十四五”.
for key, needle in pairs({ hover_liuwen = '“六稳”', hover_shisiwu = '“十四五”' }) do
  local pos = position_of(seed_buf, needle)
  if not pos then
    fail('not found: ' .. needle)
  else
    local answer, err = request('textDocument/hover', { textDocument = { uri = seed_uri }, position = pos }, seed_buf)
    if err then fail(err) end
    result[key] = { position = pos, hover = answer }
  end
end

-- (b) govreport.annotate on the stripped copy: the edit arrives as workspace/applyEdit.
local function lines_of(bufnr) return vim.api.nvim_buf_get_lines(bufnr, 0, -1, true) end
local function has_notes(bufnr)
  for _, l in ipairs(lines_of(bufnr)) do
    if l:find('相关注释', 1, true) then return true end
  end
  return false
end
result.had_notes_before = has_notes(stripped_buf)

local function annotate()
  local done, answer, err = false, nil, nil
  local ok = client.request('workspace/executeCommand', { command = 'govreport.annotate', arguments = { stripped_uri } }, function(e, r)
    err, answer, done = e, r, true
  end, stripped_buf)
  if not ok then return nil, 'executeCommand not sent' end
  -- The server awaits Neovim's applyEdit answer before answering the command, so when the
  -- command's answer is in, any edit has been applied.
  if not vim.wait(TIMEOUT, function() return done end, 10) then return nil, 'timed out waiting for executeCommand' end
  if err then return nil, 'executeCommand failed: ' .. vim.inspect(err) end
  return answer, nil
end

local first, err1 = annotate()
if err1 then fail(err1) end
if not vim.wait(TIMEOUT, function() return has_notes(stripped_buf) end, 10) then fail('the buffer never got 相关注释') end
result.annotate1 = { message = first, lines = lines_of(stripped_buf), changedtick = vim.api.nvim_buf_get_var(stripped_buf, 'changedtick') }

-- Second run: Neovim flushes its didChange before the request; nothing must change.
local second, err2 = annotate()
if err2 then fail(err2) end
result.annotate2 = { message = second, lines = lines_of(stripped_buf), changedtick = vim.api.nvim_buf_get_var(stripped_buf, 'changedtick') }

finish()
