-- Shared by check.lua and features.lua (loaded with dofile): open a file as Markdown, start
-- the bundled server over stdio, write the result as JSON and quit.
local M = {}

function M.open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  vim.bo.filetype = 'markdown'
  local bufnr = vim.api.nvim_get_current_buf()
  return bufnr, vim.uri_from_bufnr(bufnr)
end

-- on_diagnostics(params) receives every textDocument/publishDiagnostics.
function M.start(server, on_diagnostics)
  return vim.lsp.start_client({
    name = 'govreport',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.getcwd(),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params) on_diagnostics(params) end,
    },
  })
end

function M.finish(out, result)
  -- Neovim 0.7's json_encode: an empty Lua table becomes [] and nil fields disappear, so the
  -- tests check for absent fields rather than nulls.
  local ok, encoded = pcall(vim.fn.json_encode, result)
  if not ok then encoded = vim.fn.json_encode({ errors = { 'json_encode failed: ' .. tostring(encoded) } }) end
  local f = io.open(out, 'w')
  f:write(encoded)
  f:close()
  vim.cmd('qa!')
end

return M
