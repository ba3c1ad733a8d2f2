-- Headless Neovim (0.7+): start the bundled server over stdio, open a report, wait for its
-- diagnostics and write the raw LSP result to $GOVREPORT_OUT as JSON, then quit.
local server = os.getenv('GOVREPORT_SERVER')
local file = os.getenv('GOVREPORT_FILE')
local out = os.getenv('GOVREPORT_OUT')
local result = { diagnostics = nil, error = nil }

local lsp = dofile(debug.getinfo(1, 'S').source:sub(2):match('(.*/)') .. 'lsp.lua')
local function finish() lsp.finish(out, result) end

local bufnr, uri = lsp.open(file)
local client_id = lsp.start(server, function(params)
  if params.uri == uri then result.diagnostics = params.diagnostics end
end)
if not client_id then
  result.error = 'start_client failed'
  finish()
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)

-- Wait on the event (the handler filling in the result), with a generous bound.
local ok = vim.wait(60000, function() return result.diagnostics ~= nil end, 20)
if not ok then result.error = 'timed out waiting for diagnostics' end
finish()
