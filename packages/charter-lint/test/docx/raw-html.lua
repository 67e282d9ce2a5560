-- A pandoc filter for the Word copies of test drafts: pandoc's docx writer
-- drops raw HTML, where Word would show the text. HTML blocks are read as
-- HTML (a <p> stays a paragraph, a <figure> a figure), <sup>…</sup> becomes
-- superscript as Word formats it, and other inline tags keep their text.
local inline_kinds = { sup = pandoc.Superscript, sub = pandoc.Subscript, em = pandoc.Emph, strong = pandoc.Strong }

local function is_html(el) return el.t == 'RawInline' and (el.format == 'html' or el.format == 'html5') end

local function html_inlines(text)
  local blocks = pandoc.read(text, 'html').blocks
  return blocks[1] and blocks[1].content or {}
end

local raw = {
  RawBlock = function(el)
    if el.format == 'html' or el.format == 'html5' then return pandoc.read(el.text, 'html').blocks end
  end,
  Inlines = function(inlines)
    local out = pandoc.List()
    local i = 1
    while i <= #inlines do
      local el = inlines[i]
      local tag = is_html(el) and el.text:match('^<(%a+)')
      local close
      if tag then
        for j = i + 1, #inlines do
          if is_html(inlines[j]) and inlines[j].text:match('^</' .. tag) then close = j; break end
        end
      end
      if close then
        local inner = pandoc.List()
        for k = i + 1, close - 1 do inner:insert(inlines[k]) end
        local href = tag == 'a' and el.text:match('href="([^"]*)"')
        local kind = inline_kinds[tag:lower()]
        if href then out:insert(pandoc.Link(inner, href))
        elseif kind then out:insert(kind(inner))
        else out:extend(inner) end
        i = close + 1
      else
        if is_html(el) then out:extend(html_inlines(el.text)) else out:insert(el) end
        i = i + 1
      end
    end
    return out
  end,
}

return { raw }
