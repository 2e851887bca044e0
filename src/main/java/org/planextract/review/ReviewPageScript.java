package org.planextract.review;

/**
 * The review page's tools for a day of annotation, inline so the page stays one offline file:
 * filters by kind, rule and "misses and mismatches only", a text search, j/k between misses, and
 * corrections (mark an item wrong, edit its fields, add a missed item on a line), kept in the
 * browser's localStorage per plan and exported as {@code corrections.json}. A URL fragment
 * {@code #do=[…]} replays actions through the same functions (how the browser test drives it).
 */
final class ReviewPageScript {
  static final String STYLE = """
      #tools{position:sticky;top:0;z-index:2;background:#f4f6fa;border-bottom:1px solid #ccd;padding:6px 16px;font-size:13px}
      #tools label{margin-right:8px}#tools input[type=search]{width:14em}.line.current{outline:2px solid #d00}
      .line.found{background:#fffbb0}.line{cursor:pointer}#corrections{border:1px solid #ccd;padding:6px;margin-bottom:12px;font-size:13px}
      #corrections textarea{width:100%;font-family:monospace;font-size:12px}#panel .item{margin:4px 0}
      #corrlist li{margin:2px 0}kbd{border:1px solid #aaa;border-radius:3px;padding:0 3px;font-size:11px}
      """;

  static final String TOOLBAR = """
      <div id="tools">show <label><input type="checkbox" class="kind" value="section">sections</label>\
      <label><input type="checkbox" class="kind" value="box">专栏</label>\
      <label><input type="checkbox" class="kind" value="indicator">indicators</label>\
      <label><input type="checkbox" class="kind" value="target">targets</label>\
      <select id="rule"><option value="">any rule</option></select> \
      <label><input type="checkbox" id="missonly">misses and mismatches only</label> \
      <input type="search" id="search" placeholder="search the text"> <span id="count"></span> · \
      <kbd>j</kbd>/<kbd>k</kbd> next/previous miss · click a line to correct it</div>
      """;

  static final String PANEL = """
      <div id="corrections"><h3>Corrections (<span id="ncorr">0</span>)</h3>\
      <div id="panel">Click a line (or press <kbd>j</kbd>) to mark an item wrong, edit it, or add a missed one.</div>\
      <p>annotator <input id="who" size="12"> <button id="export">Export corrections.json</button> \
      <a id="download" download="corrections.json" href="#">download</a> <button id="clear">clear</button></p>\
      <ul id="corrlist"></ul><textarea id="exported" rows="6" readonly></textarea></div>
      """;

  static final String SCRIPT = """
      (function(){
      'use strict';
      const $=s=>document.querySelector(s), P=JSON.parse($('#plan-data').textContent);
      const lines=Array.from(document.querySelectorAll('div.line[id^="L"]')), ln=el=>+el.id.slice(1), byLine={};
      P.items.forEach((it,i)=>{it.idx=i;(byLine[it.line]=byLine[it.line]||[]).push(it);});
      const bad=new Set(P.misses.map(m=>m.line));P.items.forEach(it=>{if(it.status==='extra')bad.add(it.line);});
      const rules=[...new Set(P.items.filter(i=>i.rule).map(i=>i.rule))].sort();
      rules.forEach(r=>{const o=document.createElement('option');o.value=o.textContent=r;$('#rule').appendChild(o);});
      function apply(){
        const kinds=[...document.querySelectorAll('.kind:checked')].map(c=>c.value),rule=$('#rule').value,
          only=$('#missonly').checked,q=$('#search').value.trim();let n=0;
        lines.forEach(el=>{const its=byLine[ln(el)]||[];let ok=true;
          if(kinds.length)ok=its.some(i=>kinds.includes(i.kind));
          if(ok&&rule)ok=its.some(i=>i.rule===rule);
          if(ok&&only)ok=bad.has(ln(el))||el.classList.contains('miss');
          if(ok&&q)ok=el.textContent.includes(q);
          el.hidden=!ok;el.classList.toggle('found',ok&&!!q);if(ok)n++;});
        $('#count').textContent=n+' of '+lines.length+' lines';
      }
      document.querySelectorAll('#tools input,#tools select').forEach(e=>e.addEventListener('input',apply));
      let cur=0;
      function go(line){const el=document.getElementById('L'+line);if(!el)return;
        document.querySelectorAll('.line.current').forEach(e=>e.classList.remove('current'));
        el.classList.add('current');cur=line;el.scrollIntoView({block:'center'});panel(line);}
      function jump(d){const ms=lines.filter(el=>!el.hidden&&(bad.has(ln(el))||el.classList.contains('miss'))).map(ln);
        if(!ms.length)return;const next=d>0?ms.find(l=>l>cur):[...ms].reverse().find(l=>l<cur);
        go(next===undefined?(d>0?ms[0]:ms[ms.length-1]):next);}
      document.addEventListener('keydown',e=>{if(/INPUT|TEXTAREA|SELECT/.test(e.target.tagName)||e.ctrlKey||e.metaKey)return;
        if(e.key==='j')jump(1);else if(e.key==='k')jump(-1);});
      lines.forEach(el=>el.addEventListener('click',()=>go(ln(el))));
      const KEY='plan-extract-corrections:'+P.docId;let corr=[];
      try{corr=JSON.parse(localStorage.getItem(KEY)||'[]');$('#who').value=localStorage.getItem('plan-extract-who')||'';}catch(e){corr=[];}
      function save(){try{localStorage.setItem(KEY,JSON.stringify(corr));localStorage.setItem('plan-extract-who',$('#who').value);}catch(e){}
        list();}
      function stamp(c){c.docId=P.docId;c.who=$('#who').value||'annotator';c.when=new Date().toISOString().replace(/\\.\\d+Z$/,'Z');return c;}
      const TEMPLATES={section:{level:1,number:'',title:''},box:{number:1,label:'',title:''},
        indicator:{seq:null,category:'',name:'',unit:'',nature:'expected',target:{raw:'',kind:'level',op:'=',value:0}},
        target:{kind:'target',indicator:'',canonicalId:null,value:{kind:'level',op:'=',value:0,unit:'',year:2025}}};
      const api={
        markWrong(idx){const it=P.items[idx];corr.push(stamp({kind:it.kind,action:'wrong',line:it.line,original:it.fields}));save();},
        edit(idx,fields){const it=P.items[idx];corr.push(stamp({kind:it.kind,action:'edit',line:it.line,original:it.fields,fields:fields}));save();},
        addMissed(kind,line,fields){corr.push(stamp({kind:kind,action:'add',line:line,fields:fields}));save();},
        exportCorrections(){const s=JSON.stringify({format:'plan-extract-corrections',version:1,corrections:corr},null,2);
          const t=$('#exported');t.value=s;t.textContent=s;$('#download').href='data:application/json;charset=utf-8,'+encodeURIComponent(s);return s;},
        item(line,kind){return (byLine[line]||[]).find(i=>!kind||i.kind===kind);}
      };
      window.planReview=api;
      function list(){const ul=$('#corrlist');ul.textContent='';$('#ncorr').textContent=corr.length;
        corr.forEach((c,i)=>{const li=document.createElement('li');
          li.textContent=c.action+' '+c.kind+' line '+c.line+': '+JSON.stringify(c.fields||c.original)+' ';
          const x=document.createElement('button');x.textContent='undo';x.onclick=()=>{corr.splice(i,1);save();};li.appendChild(x);ul.appendChild(li);});}
      function button(label,fn){const b=document.createElement('button');b.textContent=label;b.onclick=fn;return b;}
      function area(obj){const t=document.createElement('textarea');t.rows=4;t.value=JSON.stringify(obj,null,1);return t;}
      function panel(line){const p=$('#panel');p.textContent='';const h=document.createElement('b');h.textContent='line '+line;p.appendChild(h);
        P.misses.filter(m=>m.line===line).forEach(m=>{const d=document.createElement('div');d.className='item bad';
          d.textContent=m.kind+' '+m.field+': '+m.item;p.appendChild(d);});
        (byLine[line]||[]).forEach(it=>{const d=document.createElement('div');d.className='item';
          d.textContent=it.kind+(it.rule?' ('+it.rule+')':'')+' '+it.status+': '+it.key+' ';
          const t=area(it.fields);t.hidden=true;
          d.appendChild(button('wrong',()=>api.markWrong(it.idx)));
          d.appendChild(button('edit',()=>{if(t.hidden){t.hidden=false;}else{api.edit(it.idx,JSON.parse(t.value));t.hidden=true;}}));
          d.appendChild(t);p.appendChild(d);});
        const add=document.createElement('div');add.className='item';add.textContent='add a missed ';
        const k=document.createElement('select');Object.keys(TEMPLATES).forEach(x=>{const o=document.createElement('option');o.value=o.textContent=x;k.appendChild(o);});
        k.value='target';const t=area(TEMPLATES.target);k.onchange=()=>{t.value=JSON.stringify(TEMPLATES[k.value],null,1);};
        add.appendChild(k);add.appendChild(button('add',()=>api.addMissed(k.value,line,JSON.parse(t.value))));add.appendChild(t);p.appendChild(add);}
      $('#export').onclick=()=>api.exportCorrections();$('#clear').onclick=()=>{corr=[];save();};$('#who').onchange=save;
      list();apply();
      if(location.hash.startsWith('#do=')){
        JSON.parse(decodeURIComponent(location.hash.slice(4))).forEach(a=>{
          if(a.who)$('#who').value=a.who;
          if(a.op==='wrong')api.markWrong(api.item(a.line,a.kind).idx);
          else if(a.op==='edit')api.edit(api.item(a.line,a.kind).idx,a.fields);
          else if(a.op==='add')api.addMissed(a.kind,a.line,a.fields);
          else if(a.op==='filter'){if(a.kind)document.querySelector('.kind[value="'+a.kind+'"]').checked=true;
            if(a.rule)$('#rule').value=a.rule;if(a.misses)$('#missonly').checked=true;if(a.search)$('#search').value=a.search;apply();}
          else if(a.op==='next')jump(1);
          else if(a.op==='export')api.exportCorrections();});
      }
      })();
      """;

  private ReviewPageScript() {}
}
