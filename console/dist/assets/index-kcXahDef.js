var e,t,n,r,i,a,o,s,c,l,u,d,f,p,m={},h=[],g=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_=Array.isArray;function v(e,t){for(var n in t)e[n]=t[n];return e}function y(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function b(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return x(t,s,i,a,null)}function x(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function S(e){return e.children}function C(e,t){this.props=e,this.context=t}function w(e,t){if(t==null)return e.__?w(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?w(e):null}function T(e){if(e.__P&&e.__d){var n=e.__v,r=n.__e,i=[],a=[],o=v({},n);o.__v=n.__v+1,t.vnode&&t.vnode(o),oe(e.__P,o,n,e.__n,e.__P.namespaceURI,32&n.__u?[r]:null,i,r??w(n),!!(32&n.__u),a),o.__v=n.__v,o.__.__k[o.__i]=o,ce(i,o,a),n.__e=n.__=null,o.__e!=r&&E(o)}}function E(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),E(e)}function D(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!O.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(O)}function O(){try{for(var e,t=1;r.length;)r.length>t&&r.sort(o),e=r.shift(),t=r.length,T(e)}finally{r.length=O.__r=0}}function ee(e,t,n,r,i,a,o,s,c,l,u){var d,f,p,g,_,v,y=r&&r.__k||h,b=t.length;for(c=te(n,t,y,c,b),d=0;d<b;d++)(p=n.__k[d])!=null&&(f=p.__i!=-1&&y[p.__i]||m,p.__i=d,v=oe(e,p,f,i,a,o,s,c,l,u),g=p.__e,p.ref&&f.ref!=p.ref&&(f.ref&&ue(f.ref,null,p),u.push(p.ref,p.__c||g,p)),_==null&&g!=null&&(_=g),4&p.__u?(c=k(p,c,e),f.__e&&(f.__e=null)):typeof p.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),p.__u&=-7);return n.__e=_,c}function te(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?o=e.__k[a]=x(null,o,null,null,null):_(o)?o=e.__k[a]=x(S,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[a]=x(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[a]=o,c=a+f,o.__=e,o.__b=e.__b+1,s=null,(l=o.__i=ne(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=w(s)),j(s,s));return r}function k(e,t,n){var r,i;if(typeof e.type==`function`){for(r=e.__k,i=0;r&&i<r.length;i++)r[i]&&(r[i].__=e,t=k(r[i],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=w(e)),t=n.insertBefore(e.__e,t||null));do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function ne(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&s==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function re(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||g.test(t)?n:n+`px`}function ie(e,t,n,r,i){var a,o;e:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||re(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||re(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(u,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n[l]=r[l]:(n[l]=d,e.addEventListener(t,a?p:f,a)):e.removeEventListener(t,a?p:f,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break e}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function ae(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n[c]==null)n[c]=d++;else if(n[c]<r[l])return;return r(t.event?t.event(n):n)}}}function oe(e,n,r,i,a,o,s,c,l,u){var d,f,p,m,g,b,x,T,E,D,O,te,k,ne,re,ie,ae=n.type;if(n.constructor!==void 0)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);e:if(typeof ae==`function`){f=s.length;try{if(E=n.props,D=ae.prototype&&ae.prototype.render,O=(d=ae.contextType)&&i[d.__c],te=d?O?O.props.value:d.__:i,r.__c?T=(p=n.__c=r.__c).__=p.__E:(D?n.__c=p=new ae(E,te):(n.__c=p=new C(E,te),p.constructor=ae,p.render=de),O&&O.sub(p),p.state||(p.state={}),p.__n=i,m=p.__d=!0,p.__h=[],p._sb=[]),D&&p.__s==null&&(p.__s=p.state),D&&ae.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=v({},p.__s)),v(p.__s,ae.getDerivedStateFromProps(E,p.__s))),g=p.props,b=p.state,p.__v=n,m)D&&ae.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),D&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(D&&ae.getDerivedStateFromProps==null&&E!==g&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(E,te),n.__v==r.__v||!p.__e&&p.shouldComponentUpdate!=null&&!1===p.shouldComponentUpdate(E,p.__s,te)){n.__v!=r.__v&&(p.props=E,p.state=p.__s,p.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),h.push.apply(p.__h,p._sb),p._sb=[],p.__h.length&&s.push(p),c=w(r);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(E,p.__s,te),D&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate(g,b,x)})}if(p.context=te,p.props=E,p.__P=e,p.__e=!1,k=t.__r,ne=0,D)p.state=p.__s,p.__d=!1,k&&k(n),d=p.render(p.props,p.state,p.context),h.push.apply(p.__h,p._sb),p._sb=[];else do p.__d=!1,k&&k(n),d=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++ne<25);p.state=p.__s,p.getChildContext!=null&&(i=v(v({},i),p.getChildContext())),D&&!m&&p.getSnapshotBeforeUpdate!=null&&(x=p.getSnapshotBeforeUpdate(g,b)),re=d!=null&&d.type===S&&d.key==null?A(d.props.children):d,c=ee(e,_(re)?re:[re],n,r,i,a,o,s,c,l,u),p.base=n.__e,n.__u&=-161,p.__h.length&&s.push(p),T&&(p.__E=p.__=null)}catch(e){if(s.length=f,n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o!=null&&(o[o.indexOf(c)]=null),n.__e=c}else if(o!=null)for(ie=o.length;ie--;)y(o[ie])}else n.__e=r.__e;n.__k??=r.__k||[],e.then||se(n),t.__e(e,n,r)}}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=le(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function se(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(se))}function ce(e,n,r){for(var i=0;i<r.length;i++)ue(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function A(e){return typeof e!=`object`||!e||e.__b>0?e:_(e)?e.map(A):e.constructor===void 0?v({},e):null}function le(n,r,i,a,o,s,c,l,u){var d,f,p,h,g,v,b,x=i.props||m,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(d=0;d<s.length;d++)if((g=s[d])&&`setAttribute`in g==!!C&&(C?g.localName==C:g.nodeType==3)){n=g,s[d]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s=C==`textarea`&&S.defaultValue!=null?null:s&&e.call(n.childNodes),!l&&s!=null)for(x={},d=0;d<n.attributes.length;d++)x[(g=n.attributes[d]).name]=g.value;for(d in x)g=x[d],d==`dangerouslySetInnerHTML`?p=g:d==`children`||d in S||d==`value`&&`defaultValue`in S||d==`checked`&&`defaultChecked`in S||ie(n,d,null,g,o);for(d in S)g=S[d],d==`children`?h=g:d==`dangerouslySetInnerHTML`?f=g:d==`value`?v=g:d==`checked`?b=g:l&&typeof g!=`function`||x[d]===g||ie(n,d,g,x[d],o);if(f)l||p&&(f.__html==p.__html||f.__html==n.innerHTML)||(n.innerHTML=f.__html),r.__k=[];else if(p&&(n.innerHTML=``),ee(r.type==`template`?n.content:n,_(h)?h:[h],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&w(i,0),l,u),s!=null)for(d=s.length;d--;)y(s[d]);l&&C!=`textarea`||(d=`value`,C==`progress`&&v==null?n.removeAttribute(`value`):v!=null&&(v!==n[d]||C==`progress`&&!v||C==`option`&&v!=x[d])&&ie(n,d,v,x[d],o),d=`checked`,b!=null&&b!=n[d]&&ie(n,d,b,x[d],o))}return n}function ue(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function j(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||ue(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&j(i[a],n,r||typeof e.type!=`function`);r||y(e.__e),e.__c=e.__=e.__e=void 0}function de(e,t,n){return this.constructor(e,n)}function fe(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],oe(r,n=(!a&&i||r).__k=b(S,null,[n]),o||m,m,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),ce(s,n,c),n.props.children=null}e=h.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,C.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=v({},this.state);typeof e==`function`&&(e=e(v({},n),this.props)),e&&v(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),D(this))},C.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),D(this))},C.prototype.render=S,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},O.__r=0,s=Math.random().toString(8),c=`__d`+s,l=`__a`+s,u=/(PointerCapture)$|Capture$/i,d=0,f=ae(!1),p=ae(!0);var pe,M,me,he,ge=0,_e=[],ve=t,ye=ve.__b,be=ve.__r,xe=ve.diffed,Se=ve.__c,Ce=ve.unmount,we=ve.__;function Te(e,t){ve.__h&&ve.__h(M,e,ge||t),ge=0;var n=M.__H||(M.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function N(e){return ge=1,P(Ie,e)}function P(e,t,n){var r=Te(pe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Ie(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=M,!M.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=!1,o=r.__c.props!==e;if(r.__c.__H.__.some(function(e){if(e.__N){i=!0;var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a){var s=a.call(this,e,t,n);return i?s||o:s}return!i||o};M.__f=!0;var a=M.shouldComponentUpdate,o=M.componentWillUpdate;M.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},M.shouldComponentUpdate=i}return r.__N||r.__}function F(e,t){var n=Te(pe++,3);!ve.__s&&Fe(n.__H,t)&&(n.__=e,n.u=t,M.__H.__h.push(n))}function Ee(e){return ge=5,De(function(){return{current:e}},[])}function De(e,t){var n=Te(pe++,7);return Fe(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Oe(e,t){return ge=8,De(function(){return e},t)}function ke(){var e=Te(pe++,11);if(!e.__){for(var t=M.__v;t!==null&&!t.__m&&t.__!==null;)t=t.__;var n=t.__m||(t.__m=[0,0]);e.__=`P`+n[0]+`-`+n[1]++}return e.__}function Ae(){for(var e;e=_e.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ne),t.__h.some(Pe),t.__h=[]}catch(n){t.__h=[],ve.__e(n,e.__v)}}}ve.__b=function(e){M=null,ye&&ye(e)},ve.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),we&&we(e,t)},ve.__r=function(e){be&&be(e),pe=0;var t=(M=e.__c).__H;t&&(me===M?(t.__h=[],M.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.some(Ne),t.__h.some(Pe),t.__h=[],pe=0)),me=M},ve.diffed=function(e){xe&&xe(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(_e.push(t)!==1&&he===ve.requestAnimationFrame||((he=ve.requestAnimationFrame)||Me)(Ae)),t.__H.__.some(function(e){e.u&&=(e.__H=e.u,void 0)})),me=M=null},ve.__c=function(e,t){t.some(function(e){try{e.__h.some(Ne),e.__h=e.__h.filter(function(e){return!e.__||Pe(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],ve.__e(n,e.__v)}}),Se&&Se(e,t)},ve.unmount=function(e){Ce&&Ce(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(e){try{Ne(e)}catch(e){t=e}}),n.__H=void 0,t&&ve.__e(t,n.__v))};var je=typeof requestAnimationFrame==`function`;function Me(e){var t,n=function(){clearTimeout(r),je&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);je&&(t=requestAnimationFrame(n))}function Ne(e){var t=M,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),M=t}function Pe(e){var t=M;e.__c=e.__(),M=t}function Fe(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Ie(e,t){return typeof t==`function`?t(e):t}function Le(e){let t=e,n=new Set;return{get:()=>t,set(e){t=e;for(let e of[...n])e(t)},subscribe(e){return n.add(e),()=>n.delete(e)}}}function Re(e){let[t,n]=N(e.get());return F(()=>(n(e.get()),e.subscribe(n)),[e]),t}var ze=class extends Error{code=`CANCELLED`;constructor(){super(`Cancelled.`)}};function Be(e){if(e&&typeof e==`object`&&`code`in e&&typeof e.code==`string`)return e.code}function Ve(e){let t=Math.max(1,Math.ceil(e));if(t<60)return`${t} second${t===1?``:`s`}`;let n=Math.ceil(t/60);if(n<60)return`${n} minute${n===1?``:`s`}`;let r=Math.floor(n/60),i=n%60;return`${r} hour${r===1?``:`s`}${i?` ${i} minute${i===1?``:`s`}`:``}`}var He={email:`email address`,newEmail:`email address`,username:`username`};function Ue(e){if(!e)return;let t=e.split(`.`).pop()??e;return He[t]??t}function We(e){let t=e&&typeof e==`object`?e:{},n=typeof t.message==`string`&&t.message.trim()?t.message.trim():``;switch(t.code){case`CANCELLED`:return`Cancelled: nothing was changed.`;case`UNAUTHENTICATED`:return`You are signed out. Please sign in again.`;case`FORBIDDEN`:return n&&!/^forbidden\.?$/i.test(n)?n:`You are not allowed to do that.`;case`BAD_USER_INPUT`:return n||`Please check what you entered.`;case`INVALID_CREDENTIALS`:return`Wrong username, email or password.`;case`INVALID_TOKEN`:return`This link or code is invalid, has expired, or was already used.`;case`INVALID_MFA_CODE`:return`That code is wrong or was already used. Check your authenticator app and try again.`;case`CONFLICT`:{let e=Ue(t.field);return e?`That ${e} is already taken.`:`That value is already taken.`}case`RATE_LIMITED`:return typeof t.retryAfter==`number`?`Too many attempts. Please wait ${Ve(t.retryAfter)} and try again.`:`Too many attempts. Please wait a little and try again.`;case`NOT_FOUND`:return`Not found: it may have been deleted.`;case`QUERY_TOO_COMPLEX`:return`The request was too large for the server.`;case`REAUTHENTICATION_REQUIRED`:return`Please confirm your password to continue.`;case`INTERNAL_SERVER_ERROR`:return`Something went wrong on the server. Please try again later.`;case`NETWORK_ERROR`:return`Cannot reach the server. Check your connection and try again.`;default:return e instanceof TypeError?`Cannot reach the server. Check your connection and try again.`:n||`Something went wrong. Please try again.`}}var Ge=0,Ke=Le(null);function I(e,t,n={}){Ke.set({kind:e,text:t,code:n.code,sticky:n.sticky??!1,seq:++Ge,at:Date.now()})}function qe(e){I(`error`,We(e),{code:Be(e)??`ERROR`})}function Je(){Ke.set(null)}function Ye(){let e=Ke.get();e&&(e.sticky?Ke.set({...e,sticky:!1}):Date.now()-e.at>1500&&Ke.set(null))}var L=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},Xe=new L(`
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}
    `,{fragmentName:`QuoteFields`}),Ze=new L(`
    fragment SessionFields on Session {
  id
  createdAt
  lastUsedAt
  userAgent
  ip
  current
}
    `,{fragmentName:`SessionFields`}),Qe=new L(`
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
    `,{fragmentName:`SecurityEventFields`}),$e=new L(`
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}
    `,{fragmentName:`ProviderIdentityFields`}),et={"\n  fragment UserFields on User {\n    id\n    email\n    username\n    emailVerified\n    role\n    createdAt\n    disabled\n    totpEnabled\n    hasPassword\n  }\n":new L(`
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
    `,{fragmentName:`UserFields`}),"\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    tokenType\n    expiresIn\n    deviceToken\n    user {\n      ...UserFields\n    }\n  }\n":new L(`
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{fragmentName:`AuthPayloadFields`}),"\n  fragment QuoteFields on Quote {\n    id\n    text\n    author\n    createdAt\n    updatedAt\n  }\n":Xe,"\n  fragment SessionFields on Session {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ip\n    current\n  }\n":Ze,"\n  fragment SecurityEventFields on SecurityEvent {\n    id\n    at\n    kind\n    ip\n    userAgent\n    detail\n  }\n":Qe,"\n  fragment ProviderIdentityFields on ProviderIdentity {\n    provider\n    providerName\n    email\n    login\n    linkedAt\n    lastUsedAt\n  }\n":$e,"\n  fragment LoginResultFields on LoginResult {\n    __typename\n    ... on AuthPayload {\n      ...AuthPayloadFields\n    }\n    ... on MfaChallenge {\n      mfaToken\n      expiresIn\n    }\n    ... on LinkRequired {\n      linkToken\n      provider\n      email\n      expiresIn\n    }\n    ... on EmailRequired {\n      signUpToken\n      provider\n      # An alias: LinkRequired.email is String!, this one may be null.\n      suggestedEmail: email\n      expiresIn\n    }\n  }\n":new L(`
    fragment LoginResultFields on LoginResult {
  __typename
  ... on AuthPayload {
    ...AuthPayloadFields
  }
  ... on MfaChallenge {
    mfaToken
    expiresIn
  }
  ... on LinkRequired {
    linkToken
    provider
    email
    expiresIn
  }
  ... on EmailRequired {
    signUpToken
    provider
    suggestedEmail: email
    expiresIn
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{fragmentName:`LoginResultFields`}),"\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n":new L(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `,{fragmentName:`PageInfoFields`}),"\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n":new L(`
    query Me {
  me {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:e0c9942513811c0561fffcdfa51e17e7c1b4b6a3d3ba66f916d9832f8dcb4c1b`}),"\n  query Sessions {\n    sessions {\n      ...SessionFields\n    }\n  }\n":new L(`
    query Sessions {
  sessions {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  createdAt
  lastUsedAt
  userAgent
  ip
  current
}`,{hash:`sha256:28e5a704c6940338cf5d47cfa5db4c5a82fe3e96ffc5143e8d801a7f1c5914a4`}),"\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n":new L(`
    query Quote($id: ID!) {
  quote(id: $id) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}`,{hash:`sha256:6474b0f39e831616953e803bfe3308bfec0d7fbf23b104b680efcc1c5d2d4322`}),"\n  query Quotes(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: QuoteFilter\n    $withTotalCount: Boolean! = false\n  ) {\n    quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      nodes {\n        ...QuoteFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n":new L(`
    query Quotes($first: Int, $after: String, $last: Int, $before: String, $filter: QuoteFilter, $withTotalCount: Boolean! = false) {
  quotes(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    nodes {
      ...QuoteFields
    }
    pageInfo {
      ...PageInfoFields
    }
    totalCount @include(if: $withTotalCount)
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`,{hash:`sha256:edc9b467db293381309dfca9568221e533b611ade3599233552a33d68bdcf640`}),"\n  query ErrorCodes {\n    errorCodes\n  }\n":new L(`
    query ErrorCodes {
  errorCodes
}
    `,{hash:`sha256:fb4da7c5b71a8e82107b926783950415606e315ad9753ce5726206a78c525c92`}),"\n  query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n":new L(`
    query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {
  users(first: $first, after: $after, search: $search) {
    nodes {
      ...UserFields
    }
    pageInfo {
      ...PageInfoFields
    }
    totalCount @include(if: $withTotalCount)
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`,{hash:`sha256:677d8850fa57d740c528fb1dcadd2e0ba4391425f50aff5a6279005ba646933a`}),"\n  query SignInActivity($days: Int = 30) {\n    signInActivity(days: $days) {\n      day\n      succeeded\n      failed\n    }\n  }\n":new L(`
    query SignInActivity($days: Int = 30) {
  signInActivity(days: $days) {
    day
    succeeded
    failed
  }
}
    `,{hash:`sha256:1b7dd89264a4b4a07716d855044d41a7caf2ca983bcb356a06c691528e1a1069`}),"\n  query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {\n    me {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount @include(if: $withTotalCount)\n      }\n    }\n  }\n":new L(`
    query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {
  me {
    id
    securityEvents(first: $first, after: $after) {
      nodes {
        ...SecurityEventFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount @include(if: $withTotalCount)
    }
  }
}
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`,{hash:`sha256:55fb92848455f658df488b5bc277a284daf79778e4ec5974bc3d4d018f7c4c75`}),"\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n":new L(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:263ee906e2558ef13d19ae88f6e06429154434ef6a695b7cb5078a6a9791afc1`}),"\n  query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {\n    user(id: $id) {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n":new L(`
    query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {
  user(id: $id) {
    id
    securityEvents(first: $first, after: $after) {
      nodes {
        ...SecurityEventFields
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
}
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`,{hash:`sha256:eec088e363c846cb1233ce110d8d08d0f718836042c884e3efd09dc5ca4e8b8e`}),"\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:9ef1a55ec0ad0e37bd7f3177687b9aafab62bc2ba2d2fe0802cc653298f9a638`}),"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...AuthPayloadFields\n      }\n      ... on MfaChallenge {\n        mfaToken\n        expiresIn\n      }\n    }\n  }\n":new L(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthPayload {
      ...AuthPayloadFields
    }
    ... on MfaChallenge {
      mfaToken
      expiresIn
    }
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:904256abdf7bc869d152590b2a52abf5e982213be20756c4422dc3d1677f67a6`}),"\n  mutation Refresh($refreshToken: String) {\n    refresh(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation Refresh($refreshToken: String) {
  refresh(refreshToken: $refreshToken) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:5197d4f5d60de5d273b52ab1067f8fcad7fb01df1b4ef7e8ce64ea3592e3fbcd`}),"\n  mutation Logout($scope: LogoutScope = LOCAL) {\n    logout(scope: $scope)\n  }\n":new L(`
    mutation Logout($scope: LogoutScope = LOCAL) {
  logout(scope: $scope)
}
    `,{hash:`sha256:a925af94c71df6e3f25d47ddd5f8ada997b8d86752e3e5bd546aa0f600ae62fd`}),"\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n":new L(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `,{hash:`sha256:0da1f5ad6ca30b47e1cb2c8f9b833664fb3647a47c585080a1a7fa8bc04c825c`}),"\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation Reauthenticate($password: String!, $code: String) {
  reauthenticate(password: $password, code: $code) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:53471027e90fbdfa88b0f08a68443033a1b98f69a8917e9fa9d62ffb78d2b3f2`}),"\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:3ef1961f5cdcb9db5744813387b6b8c7adaeb6e0cb73116003036d4f14296a9e`}),"\n  mutation DeleteAccount($password: String) {\n    deleteAccount(password: $password)\n  }\n":new L(`
    mutation DeleteAccount($password: String) {
  deleteAccount(password: $password)
}
    `,{hash:`sha256:d655a0470c79c86cb07299dc0eda6a1724e8dad3dee3808bc7a77e5448df3a86`}),"\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n":new L(`
    mutation EnrollTotp {
  enrollTotp {
    secret
    otpauthUrl
    qrCodeDataUrl
  }
}
    `,{hash:`sha256:e994a5872a45b09de1997c606dd5a1bf820fb6a4c29797e2ebf13c840ee2f86d`}),"\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n":new L(`
    mutation ConfirmTotp($code: String!) {
  confirmTotp(code: $code)
}
    `,{hash:`sha256:e7d28405089723136224c2bbcc4e2b4006168a2e664eed7629f72f208e4c66c5`}),"\n  mutation VerifyTotp($mfaToken: String!, $code: String!) {\n    verifyTotp(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation VerifyTotp($mfaToken: String!, $code: String!) {
  verifyTotp(mfaToken: $mfaToken, code: $code) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:96f0932268372e1a712d3d960cf347dd83d6e6ac77d7579c3171126912f6f320`}),"\n  mutation DisableTotp($password: String, $code: String!) {\n    disableTotp(password: $password, code: $code) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation DisableTotp($password: String, $code: String!) {
  disableTotp(password: $password, code: $code) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:23d29d54b7cc842ca5f284464119286987a9ee3cb65d177337781396768e858c`}),"\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n":new L(`
    mutation RegenerateRecoveryCodes($code: String!) {
  regenerateRecoveryCodes(code: $code)
}
    `,{hash:`sha256:3be4b1df016f13ea55a13b1efcec613b6256da9c20cd54abcc26c96edb339e6a`}),"\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n":new L(`
    mutation RequestEmailVerification {
  requestEmailVerification
}
    `,{hash:`sha256:546ead34ed3d0d05a2c2552be8f05d2829f66bdc1c12611666dce7167dbb09cc`}),"\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:9a057bfb0044ca7142030d18e0af19e16ead68c1baca3451c8172d3f4823d0d6`}),"\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n":new L(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `,{hash:`sha256:5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72`}),"\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n":new L(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `,{hash:`sha256:fe56b8aec7a3b8e3dff83ca568801466f6c64e0c19b90c04e75ad25dd3d65c57`}),"\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n":new L(`
    mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {
  requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
}
    `,{hash:`sha256:40308c1b915b5635500511a2ba730809ac29fedcb976ef1fb34397011a3d364f`}),"\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:167afe429ab1b16266f115da84650cd955f92e7253af7aaa0c92f8731934e8af`}),"\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n":new L(`
    mutation CreateQuote($input: CreateQuoteInput!) {
  createQuote(input: $input) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}`,{hash:`sha256:d206ae6bbc10bad4cd26776be5d32ecf48f8dcf2f710f6392e6c56d14c99cfb2`}),"\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteFields\n    }\n  }\n":new L(`
    mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
  updateQuote(id: $id, input: $input) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}`,{hash:`sha256:b66ac58f1a87d4e836dd7f8cf7f2ae76fb028abe4102dedd1cb679999a038b4a`}),"\n  mutation DeleteQuote($id: ID!) {\n    deleteQuote(id: $id)\n  }\n":new L(`
    mutation DeleteQuote($id: ID!) {
  deleteQuote(id: $id)
}
    `,{hash:`sha256:febc10f7cc88bcfbe0db35a6c76af9e20f555967fc5ea858fe6acce19d53a63c`}),"\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation SetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:6d6d49bf3c7196c9f981acb44aa1c500514de8871b1e5f9c7df5bdbef0b8e487`}),"\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {\n    adminResetPassword(userId: $userId, newPassword: $newPassword)\n  }\n":new L(`
    mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
  adminResetPassword(userId: $userId, newPassword: $newPassword)
}
    `,{hash:`sha256:285a7285adbd62678d1d7250d31ef1d5a6429325874dacfd7d1637411d2df9e7`}),"\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
  setUserDisabled(userId: $userId, disabled: $disabled) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:1a690ff06a4572d10791de76cb10ded1575007470f0419587dc364854a93e2ed`}),"\n  mutation AdminResetTwoFactor($userId: ID!) {\n    adminResetTwoFactor(userId: $userId) {\n      ...UserFields\n    }\n  }\n":new L(`
    mutation AdminResetTwoFactor($userId: ID!) {
  adminResetTwoFactor(userId: $userId) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}`,{hash:`sha256:5db12465e802ce8f9e09c71609820e9ed91ca9e03f2341585d03b80be59bac7e`}),"\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      startUrl\n    }\n  }\n":new L(`
    query SignInProviders {
  signInProviders {
    id
    name
    startUrl
  }
}
    `,{hash:`sha256:4daabf86aedc6c74e242490e1b475f72a8731781adc47b96f091489771e8d0b7`}),"\n  query ProviderIdentities {\n    providerIdentities {\n      ...ProviderIdentityFields\n    }\n  }\n":new L(`
    query ProviderIdentities {
  providerIdentities {
    ...ProviderIdentityFields
  }
}
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}`,{hash:`sha256:f83a107738304715f1d87286f9049eb03499256f3c4b8ab101c5940b1bece496`}),"\n  mutation FinishProviderSignIn($providerCode: String!) {\n    finishProviderSignIn(providerCode: $providerCode) {\n      ...LoginResultFields\n    }\n  }\n":new L(`
    mutation FinishProviderSignIn($providerCode: String!) {
  finishProviderSignIn(providerCode: $providerCode) {
    ...LoginResultFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}
fragment LoginResultFields on LoginResult {
  __typename
  ... on AuthPayload {
    ...AuthPayloadFields
  }
  ... on MfaChallenge {
    mfaToken
    expiresIn
  }
  ... on LinkRequired {
    linkToken
    provider
    email
    expiresIn
  }
  ... on EmailRequired {
    signUpToken
    provider
    suggestedEmail: email
    expiresIn
  }
}`,{hash:`sha256:fa34ba1eb20e8575900421d09465e21fbac9921a67fec92d3737161d557a5360`}),"\n  mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {\n    requestProviderSignUp(signUpToken: $signUpToken, email: $email)\n  }\n":new L(`
    mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {
  requestProviderSignUp(signUpToken: $signUpToken, email: $email)
}
    `,{hash:`sha256:9ac88b515927620ef85df4ab9a7ddae162bff8ea8fcfc23d8519384bc72758e8`}),"\n  mutation ConfirmProviderSignUp($token: String!) {\n    confirmProviderSignUp(token: $token) {\n      ...LoginResultFields\n    }\n  }\n":new L(`
    mutation ConfirmProviderSignUp($token: String!) {
  confirmProviderSignUp(token: $token) {
    ...LoginResultFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}
fragment LoginResultFields on LoginResult {
  __typename
  ... on AuthPayload {
    ...AuthPayloadFields
  }
  ... on MfaChallenge {
    mfaToken
    expiresIn
  }
  ... on LinkRequired {
    linkToken
    provider
    email
    expiresIn
  }
  ... on EmailRequired {
    signUpToken
    provider
    suggestedEmail: email
    expiresIn
  }
}`,{hash:`sha256:c9888da1869fb0c3e91fe72b9713129da3e7ac92688068f8179ad75dc10c2df9`}),"\n  mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {\n    confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {
  confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:8c857a5f709ae0ccc75da9f8cca8379557c20af104962cdec9b38c990dd30ff7`}),"\n  mutation LinkProvider($providerCode: String!) {\n    linkProvider(providerCode: $providerCode) {\n      ...ProviderIdentityFields\n    }\n  }\n":new L(`
    mutation LinkProvider($providerCode: String!) {
  linkProvider(providerCode: $providerCode) {
    ...ProviderIdentityFields
  }
}
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}`,{hash:`sha256:d9c2c88432679398a7a997dfc81873776473b575b1e63344fd9d5bd5da02223f`}),"\n  mutation UnlinkProvider($provider: ID!) {\n    unlinkProvider(provider: $provider) {\n      ...ProviderIdentityFields\n    }\n  }\n":new L(`
    mutation UnlinkProvider($provider: ID!) {
  unlinkProvider(provider: $provider) {
    ...ProviderIdentityFields
  }
}
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}`,{hash:`sha256:1c8864f685e98eef331f9b29178ac810bd9cee4bea4ad677c7f4ff399df0657c`}),"\n  mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {\n    reauthenticateWithProvider(providerCode: $providerCode, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new L(`
    mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {
  reauthenticateWithProvider(providerCode: $providerCode, code: $code) {
    ...AuthPayloadFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
  hasPassword
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`,{hash:`sha256:ca53bdc7e780d9de6623f337d53c59261e8006aee1ddbfda058f866343527a75`})};function R(e){return et[e]??{}}R(`
  fragment UserFields on User {
    id
    email
    username
    emailVerified
    role
    createdAt
    disabled
    totpEnabled
    hasPassword
  }
`),R(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    refreshToken
    tokenType
    expiresIn
    deviceToken
    user {
      ...UserFields
    }
  }
`),R(`
  fragment QuoteFields on Quote {
    id
    text
    author
    createdAt
    updatedAt
  }
`),R(`
  fragment SessionFields on Session {
    id
    createdAt
    lastUsedAt
    userAgent
    ip
    current
  }
`),R(`
  fragment SecurityEventFields on SecurityEvent {
    id
    at
    kind
    ip
    userAgent
    detail
  }
`),R(`
  fragment ProviderIdentityFields on ProviderIdentity {
    provider
    providerName
    email
    login
    linkedAt
    lastUsedAt
  }
`),R(`
  fragment LoginResultFields on LoginResult {
    __typename
    ... on AuthPayload {
      ...AuthPayloadFields
    }
    ... on MfaChallenge {
      mfaToken
      expiresIn
    }
    ... on LinkRequired {
      linkToken
      provider
      email
      expiresIn
    }
    ... on EmailRequired {
      signUpToken
      provider
      # An alias: LinkRequired.email is String!, this one may be null.
      suggestedEmail: email
      expiresIn
    }
  }
`),R(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);var tt=R(`
  query Me {
    me {
      ...UserFields
    }
  }
`),nt=R(`
  query Sessions {
    sessions {
      ...SessionFields
    }
  }
`);R(`
  query Quote($id: ID!) {
    quote(id: $id) {
      ...QuoteFields
    }
  }
`);var rt=R(`
  query Quotes(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: QuoteFilter
    $withTotalCount: Boolean! = false
  ) {
    quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      nodes {
        ...QuoteFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount @include(if: $withTotalCount)
    }
  }
`);R(`
  query ErrorCodes {
    errorCodes
  }
`);var it=R(`
  query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {
    users(first: $first, after: $after, search: $search) {
      nodes {
        ...UserFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount @include(if: $withTotalCount)
    }
  }
`),at=R(`
  query SignInActivity($days: Int = 30) {
    signInActivity(days: $days) {
      day
      succeeded
      failed
    }
  }
`),ot=R(`
  query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {
    me {
      id
      securityEvents(first: $first, after: $after) {
        nodes {
          ...SecurityEventFields
        }
        pageInfo {
          ...PageInfoFields
        }
        totalCount @include(if: $withTotalCount)
      }
    }
  }
`),st=R(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`),ct=R(`
  query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {
    user(id: $id) {
      id
      securityEvents(first: $first, after: $after) {
        nodes {
          ...SecurityEventFields
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }
`),lt=R(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...AuthPayloadFields
    }
  }
`),ut=R(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthPayload {
        ...AuthPayloadFields
      }
      ... on MfaChallenge {
        mfaToken
        expiresIn
      }
    }
  }
`),dt=R(`
  mutation Refresh($refreshToken: String) {
    refresh(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`),ft=R(`
  mutation Logout($scope: LogoutScope = LOCAL) {
    logout(scope: $scope)
  }
`),pt=R(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`),mt=R(`
  mutation Reauthenticate($password: String!, $code: String) {
    reauthenticate(password: $password, code: $code) {
      ...AuthPayloadFields
    }
  }
`),ht=R(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...AuthPayloadFields
    }
  }
`),gt=R(`
  mutation DeleteAccount($password: String) {
    deleteAccount(password: $password)
  }
`),_t=R(`
  mutation EnrollTotp {
    enrollTotp {
      secret
      otpauthUrl
      qrCodeDataUrl
    }
  }
`),vt=R(`
  mutation ConfirmTotp($code: String!) {
    confirmTotp(code: $code)
  }
`),yt=R(`
  mutation VerifyTotp($mfaToken: String!, $code: String!) {
    verifyTotp(mfaToken: $mfaToken, code: $code) {
      ...AuthPayloadFields
    }
  }
`),bt=R(`
  mutation DisableTotp($password: String, $code: String!) {
    disableTotp(password: $password, code: $code) {
      ...UserFields
    }
  }
`),xt=R(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`),St=R(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`),Ct=R(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ...UserFields
    }
  }
`),wt=R(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),Tt=R(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`),Et=R(`
  mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {
    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
  }
`),Dt=R(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      ...UserFields
    }
  }
`),Ot=R(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      ...QuoteFields
    }
  }
`),kt=R(`
  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
    updateQuote(id: $id, input: $input) {
      ...QuoteFields
    }
  }
`),At=R(`
  mutation DeleteQuote($id: ID!) {
    deleteQuote(id: $id)
  }
`),jt=R(`
  mutation SetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      ...UserFields
    }
  }
`),Mt=R(`
  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
    adminResetPassword(userId: $userId, newPassword: $newPassword)
  }
`),Nt=R(`
  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
    setUserDisabled(userId: $userId, disabled: $disabled) {
      ...UserFields
    }
  }
`),Pt=R(`
  mutation AdminResetTwoFactor($userId: ID!) {
    adminResetTwoFactor(userId: $userId) {
      ...UserFields
    }
  }
`),Ft=R(`
  query SignInProviders {
    signInProviders {
      id
      name
      startUrl
    }
  }
`),It=R(`
  query ProviderIdentities {
    providerIdentities {
      ...ProviderIdentityFields
    }
  }
`),Lt=R(`
  mutation FinishProviderSignIn($providerCode: String!) {
    finishProviderSignIn(providerCode: $providerCode) {
      ...LoginResultFields
    }
  }
`),Rt=R(`
  mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {
    requestProviderSignUp(signUpToken: $signUpToken, email: $email)
  }
`),zt=R(`
  mutation ConfirmProviderSignUp($token: String!) {
    confirmProviderSignUp(token: $token) {
      ...LoginResultFields
    }
  }
`),Bt=R(`
  mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {
    confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {
      ...AuthPayloadFields
    }
  }
`),Vt=R(`
  mutation LinkProvider($providerCode: String!) {
    linkProvider(providerCode: $providerCode) {
      ...ProviderIdentityFields
    }
  }
`),Ht=R(`
  mutation UnlinkProvider($provider: ID!) {
    unlinkProvider(provider: $provider) {
      ...ProviderIdentityFields
    }
  }
`),Ut=R(`
  mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {
    reauthenticateWithProvider(providerCode: $providerCode, code: $code) {
      ...AuthPayloadFields
    }
  }
`),Wt={refreshToken:`portcullis.refreshToken`,deviceToken:`portcullis.deviceToken`};function Gt(){let e=new Map;return{get:t=>e.get(t)??null,set:(t,n)=>void e.set(t,n),remove:t=>void e.delete(t)}}function Kt(e,t){let n=new URL(e);return n.searchParams.set(`redirect_uri`,t.redirectUri),t.state!==void 0&&n.searchParams.set(`state`,t.state),n.toString()}var qt=class extends Error{name=`PortcullisError`;code;field;retryAfter;errors;status;constructor(e,t={}){let n=e[0]??{message:`Unknown error`};super(n.message,t.cause===void 0?void 0:{cause:t.cause}),this.errors=e;let r=n.extensions??{};this.code=typeof r.code==`string`?r.code:`BAD_RESPONSE`,typeof r.field==`string`&&(this.field=r.field),typeof r.retryAfter==`number`&&(this.retryAfter=r.retryAfter),t.status!==void 0&&(this.status=t.status)}has(e){return this.errors.some(t=>t.extensions?.code===e)}},Jt=new Set([`INVALID_TOKEN`,`UNAUTHENTICATED`,`FORBIDDEN`,`BAD_USER_INPUT`]),Yt=class{#e;#t;#n;#r;#i;#a=new Set;#o=null;#s=0;#c=0;#l=null;#u=null;#d=null;#f=0;constructor(e){this.#e=e.url??`/graphql`,this.#t=e.csrfUrl??`${this.#e.replace(/\/graphql\/?$/,``)}/auth/csrf`,this.#n=e.mode,this.#r=e.storage??Gt(),this.#i=e.fetch??((e,t)=>globalThis.fetch(e,t)),e.onSessionChange&&this.#a.add(e.onSessionChange)}get mode(){return this.#n}get accessToken(){return this.#o}get user(){return this.#l}get signedIn(){return this.#l!==null&&this.#o!==null}subscribe(e){return this.#a.add(e),()=>this.#a.delete(e)}async request(e,...[t]){this.#o!==null&&Date.now()>=this.#s-this.#c&&await this.refresh();let n=this.#o,r;try{let i=await this.#h(e,t,n);if(n===null||!$t(i)||i.me!==null)return i;r={data:i}}catch(e){if(!(e instanceof qt)||!e.has(`UNAUTHENTICATED`))throw e;r={error:e}}if(this.#o!==null&&this.#o!==n||await this.#m(n)&&await this.refresh())return this.#h(e,t,this.#o);if(`error`in r)throw r.error;return r.data}async signIn(e,t){let n={login:e,password:t};if(this.#n===`bearer`){let e=await this.#r.get(Wt.deviceToken);e&&(n.deviceToken=e)}let{login:r}=await this.#h(ut,{input:n},null);if(r.__typename===`MfaChallenge`)return{kind:`secondFactor`,mfaToken:r.mfaToken,expiresIn:r.expiresIn};if(r.__typename===`AuthPayload`)return{kind:`signedIn`,user:r.user};throw Error(`unexpected answer to login: ${r.__typename}`)}async completeSecondFactor(e,t){return(await this.#h(yt,{mfaToken:e,code:t},null)).verifyTotp.user}async register(e){return(await this.#h(lt,{input:e},null)).register.user}async providers(){return(await this.request(Ft)).signInProviders}async identities(){return(await this.request(It)).providerIdentities}async finishProviderSignIn(e){return Xt((await this.#h(Lt,{providerCode:e},null)).finishProviderSignIn)}async requestProviderSignUp(e,t){await this.#h(Rt,{signUpToken:e,email:t},null)}async confirmProviderSignUp(e){return Xt((await this.#h(zt,{token:e},null)).confirmProviderSignUp)}async confirmProviderLink(e,t,n){let r={linkToken:e};return t!=null&&(r.password=t),n!=null&&(r.code=n),(await this.request(Bt,r)).confirmProviderLink.user}async linkProvider(e){return(await this.request(Vt,{providerCode:e})).linkProvider}async unlinkProvider(e){return(await this.request(Ht,{provider:e})).unlinkProvider}async reauthenticateWithProvider(e,t){await this.request(Ut,t===void 0?{providerCode:e}:{providerCode:e,code:t})}async reauthenticate(e,t){await this.request(mt,t===void 0?{password:e}:{password:e,code:t})}refresh(){return this.#u??=this.#p().finally(()=>{this.#u=null}),this.#u}async resume(){return this.signedIn&&Date.now()<this.#s-this.#c||await this.refresh()?this.#l:null}async signOut(e=`LOCAL`){if(e===`OTHERS`){await this.request(ft,{scope:e});return}let t=null;try{this.#n===`cookie`?await this.#h(ft,{scope:e},this.#o):(this.#o!==null||await this.#r.get(Wt.refreshToken))&&await this.request(ft,{scope:e})}catch(e){t=e}finally{await this.#v(`signedOut`)}if(t!==null&&e===`GLOBAL`)throw t}async#p(){let e={};if(this.#n===`bearer`){let t=await this.#r.get(Wt.refreshToken);if(!t)return await this.#v(`expired`),!1;e={refreshToken:t}}try{return await this.#h(dt,e,null),!0}catch(e){if(e instanceof qt&&Jt.has(e.code))return await this.#v(`expired`),!1;throw e}}async#m(e){return this.#n===`cookie`?e!==null||this.#l!==null:!!await this.#r.get(Wt.refreshToken)}async#h(e,t,n){let r=this.#f,i=await this.#b(e,t,n);return r===this.#f&&await this.#g(i),i}async#g(e){for(let[t,n]of Object.entries(e))if(an(n))await this.#_(n);else if(rn(n)&&this.#l!==null&&n.id===this.#l.id){let e=this.#l;this.#l=n,nn.some(t=>e[t]!==n[t])&&this.#y(`updated`)}else t===`deleteAccount`&&n===!0&&await this.#v(`signedOut`)}async#_(e){let t=this.#l!==null&&this.#l.id===e.user.id?`refreshed`:`signedIn`;this.#n===`bearer`&&(e.refreshToken&&await this.#r.set(Wt.refreshToken,e.refreshToken),e.deviceToken&&await this.#r.set(Wt.deviceToken,e.deviceToken));let n=e.expiresIn*1e3;this.#o=e.accessToken,this.#s=Date.now()+n,this.#c=Math.min(3e4,n/10),this.#l=e.user,this.#y(t)}async#v(e){let t=this.signedIn;this.#f+=1,this.#o=null,this.#s=0,this.#l=null,this.#n===`bearer`&&await this.#r.remove(Wt.refreshToken),t&&this.#y(e)}#y(e){let t={signedIn:this.signedIn,user:this.#l,reason:e};for(let e of this.#a)try{e(t)}catch{}}async#b(e,t,n){let r=Zt(e),i=/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(r)?.[1],a=JSON.stringify({query:r,variables:t??{},operationName:i}),o=await this.#x(a,n),s;try{s=await o.json()}catch(e){throw Qt(`HTTP ${o.status}: the answer is not JSON`,o.status,e)}if(!$t(s))throw Qt(`HTTP ${o.status}: not a GraphQL answer`,o.status);let c=Array.isArray(s.errors)?s.errors.filter(en):[];if(c.length>0)throw new qt(c,{status:o.status});let l=s.data;if(!o.ok||!$t(l))throw Qt(`HTTP ${o.status}: no data in the answer`,o.status);return l}async#x(e,t){for(let n=0;;n++){let r={"content-type":`application/json`,accept:`application/json`};t!==null&&(r.authorization=`Bearer ${t}`);let i={method:`POST`,headers:r,body:e},a=null;this.#n===`cookie`&&(a=this.#S(),r[`x-portcullis-session`]=`cookie`,r[`x-csrf-token`]=await a,i.credentials=`include`);let o=await this.#w(this.#e,i);if(a===null||o.status!==403||n>0)return o;await o.body?.cancel(),this.#d===a&&(this.#d=null)}}#S(){if(this.#d===null){let e=this.#C();this.#d=e,e.catch(()=>{this.#d===e&&(this.#d=null)})}return this.#d}async#C(){let e=await this.#w(this.#t,{method:`GET`,headers:{accept:`application/json`},credentials:`include`}),t=await e.json().catch(()=>null);if(e.ok&&$t(t)&&typeof t.csrfToken==`string`)return t.csrfToken;if($t(t)&&Array.isArray(t.errors)){let n=t.errors.filter(en);if(n.length>0)throw new qt(n,{status:e.status})}throw Qt(`HTTP ${e.status} from the CSRF endpoint`,e.status)}async#w(e,t){try{return await this.#i(e,t)}catch(e){throw new qt([{message:`The server could not be reached.`,extensions:{code:`NETWORK_ERROR`}}],{cause:e})}}};function Xt(e){switch(e.__typename){case`AuthPayload`:return{kind:`signedIn`,user:e.user};case`MfaChallenge`:return{kind:`secondFactor`,mfaToken:e.mfaToken,expiresIn:e.expiresIn};case`LinkRequired`:return{kind:`linkRequired`,linkToken:e.linkToken,provider:e.provider,email:e.email,expiresIn:e.expiresIn};case`EmailRequired`:return{kind:`emailRequired`,signUpToken:e.signUpToken,provider:e.provider,email:e.suggestedEmail,expiresIn:e.expiresIn}}}function Zt(e){if(typeof e==`string`||e instanceof String)return e.toString();let t=$t(e)?e.loc:void 0;if($t(t)&&$t(t.source)&&typeof t.source.body==`string`)return t.source.body;throw TypeError(`Not a document: pass one from @portcullis/client, or a DocumentNode with loc.`)}function Qt(e,t,n){return new qt([{message:e,extensions:{code:`BAD_RESPONSE`}}],n===void 0?{status:t}:{status:t,cause:n})}function $t(e){return typeof e==`object`&&!!e&&!Array.isArray(e)}function en(e){return $t(e)&&typeof e.message==`string`}var tn={id:`string`,email:`string`,username:`string`,emailVerified:`boolean`,role:`string`,createdAt:`string`,disabled:`boolean`,totpEnabled:`boolean`,hasPassword:`boolean`},nn=Object.keys(tn);function rn(e){return $t(e)&&nn.every(t=>typeof e[t]===tn[t])}function an(e){return $t(e)&&typeof e.accessToken==`string`&&typeof e.refreshToken==`string`&&typeof e.expiresIn==`number`&&rn(e.user)}var z=new Set;function B(e){return z.add(e),()=>z.delete(e)}var V=new Yt({mode:`cookie`,onSessionChange:e=>{for(let t of[...z])t(e)}});function on(){return Object.assign(Error(`Signed out.`),{code:`UNAUTHENTICATED`})}async function sn(){return(await V.request(tt)).me}async function cn(e){let t={};e.search&&(t.search=e.search),e.author&&(t.author=e.author);let n=await V.request(rt,{first:e.first??null,after:e.after??null,last:e.last??null,before:e.before??null,filter:t.search||t.author?t:null,withTotalCount:!0});return{...n.quotes,totalCount:n.quotes.totalCount??0}}async function H(e,t){return(await V.request(Ot,{input:{text:e,author:t}})).createQuote}async function ln(e,t,n){return(await V.request(kt,{id:e,input:{text:t,author:n}})).updateQuote}async function un(e){return(await V.request(At,{id:e})).deleteQuote}async function dn(){return(await V.request(St)).requestEmailVerification}async function fn(e){return(await V.request(Ct,{token:e})).verifyEmail}async function pn(e){return(await V.request(wt,{email:e})).requestPasswordReset}async function mn(e,t){return(await V.request(Tt,{token:e,newPassword:t})).resetPassword}async function hn(e,t){return(await V.request(Et,{newEmail:e,currentPassword:t})).requestEmailChange}async function gn(e){return(await V.request(Dt,{token:e})).confirmEmailChange}async function _n(e,t){await V.request(ht,{currentPassword:e,newPassword:t})}async function vn(e){return(await V.request(gt,{password:e})).deleteAccount}async function yn(){return(await V.request(_t)).enrollTotp}async function bn(e){return(await V.request(vt,{code:e})).confirmTotp}async function xn(e){return(await V.request(xt,{code:e})).regenerateRecoveryCodes}async function Sn(e,t){return(await V.request(bt,{password:e,code:t})).disableTotp}async function Cn(){return(await V.request(nt)).sessions}async function wn(e){return(await V.request(pt,{id:e})).revokeSession}async function Tn(){return(await V.request(ft,{scope:`OTHERS`})).logout}async function En(e,t){let n=await V.request(ot,{first:e,after:t,withTotalCount:!0});if(!n.me)throw on();let r=n.me.securityEvents;return{events:r.nodes,pageInfo:r.pageInfo,totalCount:r.totalCount??null}}var Dn=null;function On(){if(!Dn){let e=V.providers();Dn=e,e.catch(()=>{Dn===e&&(Dn=null)})}return Dn}async function kn(){return V.identities()}async function An(e){return V.unlinkProvider(e)}async function jn(e,t,n){let r=await V.request(it,{first:e,after:t,search:n,withTotalCount:!0});return{...r.users,totalCount:r.users.totalCount??0}}async function Mn(e){return(await V.request(st,{id:e})).user??null}async function Nn(e,t,n){let r=await V.request(ct,{id:e,first:t,after:n});if(!r.user)throw Object.assign(Error(`No such user.`),{code:`NOT_FOUND`});return{events:r.user.securityEvents.nodes,pageInfo:r.user.securityEvents.pageInfo,totalCount:null}}async function Pn(e,t){return(await V.request(jt,{userId:e,role:t})).setUserRole}async function Fn(e,t){return(await V.request(Nt,{userId:e,disabled:t})).setUserDisabled}async function In(e,t){return(await V.request(Mt,{userId:e,newPassword:t})).adminResetPassword}async function Ln(e){return(await V.request(Pt,{userId:e})).adminResetTwoFactor}async function Rn(e){return(await V.request(at,{days:e})).signInActivity}var zn=Le({status:`loading`,user:null}),Bn=3e4,Vn,Hn=!1,Un=`You are signed out: your session ended (it was revoked or expired, or the account was disabled). Please sign in again.`;function Wn(){Vn===void 0&&(Vn=setInterval(()=>void Jn(),Bn))}function Gn(){Vn!==void 0&&clearInterval(Vn),Vn=void 0}function Kn(e){let t=zn.get();(t.status!==`signedIn`||t.user!==e)&&zn.set({status:`signedIn`,user:e}),Wn()}function qn(e=Un){Gn();let t=zn.get().status;t!==`signedOut`&&zn.set({status:`signedOut`,user:null}),t===`signedIn`&&!Hn&&I(`info`,e,{code:`SIGNED_OUT`,sticky:!0})}async function U(){let e=await sn();return e?(Kn(V.user??e),e):(qn(),null)}async function Jn(){if(zn.get().status===`signedIn`)try{await U()}catch(e){Be(e)!==`UNAUTHENTICATED`&&V.signedIn||qn()}}async function Yn(){try{let e=await V.resume();e?Kn(e):zn.set({status:`signedOut`,user:null})}catch(e){zn.set({status:`signedOut`,user:null});let t=Be(e)??`NETWORK_ERROR`;I(`error`,t===`NETWORK_ERROR`||t===`BAD_RESPONSE`?`Cannot reach the server to restore your session. Reload the page or sign in.`:We(e),{code:t})}}async function Xn(e=`You are signed out.`){Hn=!0,Gn();try{await V.signOut(`LOCAL`)}finally{zn.set({status:`signedOut`,user:null}),I(`success`,e,{sticky:!0}),Hn=!1}}async function Zn(e){Hn=!0;try{return await e()}finally{Hn=!1}}B(e=>{e.signedIn&&e.user?Kn(e.user):e.reason===`expired`?qn():Hn?(Gn(),zn.set({status:`signedOut`,user:null})):qn()}),document.addEventListener(`visibilitychange`,()=>{document.visibilityState===`visible`&&Jn()});var Qn=Le(null),$n=null;function er(){return $n||($n=new Promise(e=>{Qn.set({resolve(t){Qn.set(null),$n=null,e(t)}})}),$n)}var tr=class extends Error{code=`REAUTHENTICATED`;constructor(){super(`Identity confirmed.`)}};async function nr(e,t=!0){try{return await e()}catch(n){if(Be(n)!==`REAUTHENTICATION_REQUIRED`)throw n;if(!await er())throw new ze;if(!t)throw new tr;return await e()}}function rr(e){let t=Be(e);if(t===`UNAUTHENTICATED`){if(zn.get().status!==`signedIn`)return;if(!V.signedIn){qn();return}}t===`CANCELLED`?I(`info`,`Cancelled: nothing was changed.`,{code:t}):t===`REAUTHENTICATED`?I(`info`,`Identity confirmed. Each code works once: wait for the next code in your authenticator app, enter it and try again.`,{code:t}):qe(e)}function W(){let[e,t]=N(!1),n=Ee(!0);return F(()=>()=>{n.current=!1},[]),{busy:e,run:Oe(async(e,r,i)=>{t(!0);try{let t=await nr(e,i?.retryAfterReauth??!0);return r&&I(`success`,typeof r==`string`?r:r(t)),t}catch(e){rr(e);return}finally{n.current&&t(!1)}},[])}}function ir(e,t){let[n,r]=N({data:void 0,loading:!0,failed:!1}),i=Ee(0),a=Oe(async()=>{let t=++i.current;r(e=>({...e,loading:!0}));try{let n=await nr(e);return t===i.current&&r({data:n,loading:!1,failed:!1}),n}catch(e){t===i.current&&r(e=>({...e,loading:!1,failed:!0})),rr(e);return}},t);return F(()=>{a()},[a]),{...n,reload:a,setData:e=>r({data:e,loading:!1,failed:!1})}}var ar=Le(null);function or(e,t){ar.set({mfaToken:e,expiresAt:Date.now()+t*1e3})}var sr=[`/verify-email`,`/reset-password`,`/confirm-email-change`,`/confirm-sign-up`];function cr(){let e=window.location.pathname.replace(/\/+$/,``)||`/`,t=sr.includes(e)?e:null,n=window.location.hash.replace(/^#/,``),r=n.indexOf(`?`),i=(r>=0?n.slice(0,r):n)||`/`,a=i.startsWith(`/`)?i:`/${i}`,o=t?new URLSearchParams(window.location.search):new URLSearchParams(r>=0?n.slice(r+1):``);return{linkPage:t,path:a,segments:a.split(`/`).filter(Boolean).map(e=>{try{return decodeURIComponent(e)}catch{return e}}),query:o}}function G(e,t){let n=t?new URLSearchParams(t).toString():``,r=`#${e}${n?`?${n}`:``}`;return sr.includes(window.location.pathname)?`/${r}`:r}function lr(e,t){let n=G(e,t);n.startsWith(`/`)?window.location.assign(n):window.location.hash===n?window.dispatchEvent(new HashChangeEvent(`hashchange`)):window.location.hash=n}var ur=new Set;function dr(){for(let e of[...ur])e()}function fr(e){window.history.pushState(null,``,`/#${e}`),dr()}window.addEventListener(`hashchange`,dr),window.addEventListener(`popstate`,dr);function pr(){let[e,t]=N(cr);return F(()=>{let e=()=>t(cr());return ur.add(e),()=>{ur.delete(e)}},[]),e}var mr=`portcullis.providerFlow`,hr=Le(null);function gr(){hr.get()!==null&&hr.set(null)}function _r(){let e=new Uint8Array(24);crypto.getRandomValues(e);let t=``;for(let n of e)t+=String.fromCharCode(n);return btoa(t).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function vr(e,t,n=window.location.hash){let r=_r(),i={state:r,intent:t,provider:e.id,providerName:e.name,returnTo:n};try{sessionStorage.setItem(mr,JSON.stringify(i))}catch{I(`error`,`This browser does not let the page keep the sign-in state (session storage is off), so signing in with a provider cannot work here.`,{code:`STORAGE_UNAVAILABLE`});return}window.location.assign(Kt(e.startUrl,{redirectUri:`${window.location.origin}/`,state:r}))}function yr(){try{let e=sessionStorage.getItem(mr);if(sessionStorage.removeItem(mr),!e)return null;let t=JSON.parse(e);return typeof t.state!=`string`||t.intent!==`signIn`&&t.intent!==`link`&&t.intent!==`reauth`||typeof t.provider!=`string`||typeof t.providerName!=`string`||typeof t.returnTo!=`string`?null:t}catch{return null}}function br(e){switch(e.intent){case`signIn`:return`Signing in with ${e.providerName}`;case`link`:return`Linking ${e.providerName}`;case`reauth`:return`Confirming it's you with ${e.providerName}`}}function xr(){if(window.location.pathname!==`/`)return null;let e=new URLSearchParams(window.location.search),t=e.get(`code`),n=e.get(`error`);if(t===null&&n===null)return null;let r=yr(),i=e.get(`state`),a=r&&i!==null&&i===r.state?r:null,o=a?a.returnTo:window.location.hash;return window.history.replaceState(window.history.state,``,`/${o}`),a&&t!==null&&n===null&&hr.set({step:`working`,title:br(a)}),{flow:a,code:t,error:n}}function Sr(e){switch(e.intent){case`signIn`:return`Signing in with ${e.providerName}`;case`link`:return`Linking ${e.providerName}`;case`reauth`:return`Confirming with ${e.providerName}`}}function Cr(e,t){hr.set(null),I(`error`,e,{code:t})}async function wr(e){let{flow:t}=e;if(!t){Cr(`This answer from a sign-in provider does not belong to a sign-in started in this tab, so it was ignored. Please start again.`,`PROVIDER_STATE_MISMATCH`);return}if(e.error!==null||e.code===null){hr.set(null),e.error===`access_denied`?I(`info`,`${Sr(t)} was cancelled: nothing was changed.`,{code:`PROVIDER_CANCELLED`}):e.error===`invalid_request`?I(`error`,`${Sr(t)} could not be finished: it took too long, or it was started in another browser. Please try again.`,{code:`PROVIDER_INVALID_REQUEST`}):I(`error`,`${Sr(t)} failed: ${t.providerName} did not confirm your account. Please try again later.`,{code:`PROVIDER_SERVER_ERROR`});return}let n=e.code;try{switch(t.intent){case`signIn`:Dr(await V.finishProviderSignIn(n),t.providerName,t.returnTo);return;case`link`:await kr(n,t);return;case`reauth`:await Ar(n,t);return}}catch(e){Cr(Tr(e,t),Be(e)??`ERROR`)}}function Tr(e,t){switch(Be(e)){case`INVALID_TOKEN`:return`${Sr(t)} took too long or was already finished. Please try again.`;case`FORBIDDEN`:return t.intent===`signIn`?`This account is disabled. Contact an administrator.`:We(e);case`CONFLICT`:return`This ${t.providerName} account is already linked to an account here, or yours already has a ${t.providerName} account linked.`;case`INVALID_CREDENTIALS`:return`That ${t.providerName} account is not the one linked to your account.`;default:return We(e)}}async function Er(e){try{return(await On()).find(t=>t.id===e)?.name??e}catch{return e}}function Dr(e,t,n){switch(e.kind){case`signedIn`:hr.set(null),I(`success`,`Signed in as ${e.user.username} with ${t}.`,{sticky:!0});return;case`secondFactor`:or(e.mfaToken,e.expiresIn),hr.set(null),Je();return;case`linkRequired`:hr.set({step:`link`,linkToken:e.linkToken,provider:e.provider,providerName:t,email:e.email,returnTo:n});return;case`emailRequired`:hr.set({step:`email`,signUpToken:e.signUpToken,provider:e.provider,providerName:t,email:e.email});return}}function Or(e){let t=e.replace(/^#/,``).split(`?`)[0]||`/`;return t===`/signin`||t===`/signup`||t===`/forgot-password`||t===`/`?`/quotes`:t}async function kr(e,t){zn.get().status===`signedIn`?(await nr(()=>V.linkProvider(e)),hr.set(null),I(`success`,`${t.providerName} is linked to your account: you can sign in with it now.`,{sticky:!0}),lr(Or(t.returnTo))):Cr(`You were signed out before ${t.providerName} could be linked. Sign in, then link it again from your account.`,`UNAUTHENTICATED`)}async function Ar(e,t){let n=zn.get().user;zn.get().status!==`signedIn`||!n?Cr(`You were signed out meanwhile. Please sign in again.`,`UNAUTHENTICATED`):n.totpEnabled?hr.set({step:`reauthCode`,providerCode:e,providerName:t.providerName,returnTo:t.returnTo}):(await V.reauthenticateWithProvider(e),jr(t.providerName,t.returnTo))}function jr(e,t){hr.set(null),I(`info`,`Identity confirmed with ${e}. Now do it again: it will go through this time.`,{code:`REAUTHENTICATED`,sticky:!0}),lr(Or(t))}var Mr=0;Array.isArray;function K(e,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:e,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Mr,__i:-1,__u:0,__source:a,__self:o};if(typeof e==`function`&&(s=e.defaultProps))for(c in s)l[c]===void 0&&(l[c]=s[c]);return t.vnode&&t.vnode(u),u}function q(e){let t=ke(),n=`${t}-hint`,r=Ee(null);F(()=>{e.autoFocus&&r.current?.focus()},[e.autoFocus]);let i={id:t,ref:r,value:e.value,onInput:t=>e.onInput(t.currentTarget.value),required:e.required,disabled:e.disabled,maxLength:e.maxLength,"aria-describedby":e.hint?n:void 0,"data-testid":e.testid};return K(`div`,{class:`field`,children:[K(`label`,{for:t,children:e.label}),e.multiline?K(`textarea`,{...i,rows:3}):K(`input`,{...i,type:e.type??`text`,autoComplete:e.autoComplete,inputMode:e.inputMode,minLength:e.minLength,pattern:e.pattern,spellcheck:e.type===`email`||e.type===`password`?!1:void 0,autoCapitalize:e.type===`email`||e.type===`password`?`none`:void 0}),e.hint&&K(`p`,{class:`hint`,id:n,children:e.hint})]})}function Nr(e){return K(q,{label:e.label,value:e.value,onInput:e.onInput,autoComplete:`one-time-code`,required:!0,maxLength:64,hint:e.hint??`The 6-digit code from your authenticator app, or a recovery code.`,autoFocus:e.autoFocus})}function J(e){let t=Ee(null);return F(()=>{document.title=`${e.title} · Portcullis`;let n=document.activeElement;n&&n!==document.body&&t.current?.parentElement?.contains(n)||t.current?.focus({preventScroll:!1})},[e.title]),K(`section`,{class:e.narrow?`page narrow`:`page`,"aria-labelledby":`page-title`,children:[K(`h1`,{id:`page-title`,tabIndex:-1,ref:t,children:e.title}),e.intro&&K(`div`,{class:`intro`,children:e.intro}),e.children]})}function Pr(e){let t=ke();return K(`section`,{class:`card`,"aria-labelledby":t,"data-testid":e.testid,children:[K(`h2`,{id:t,children:e.title}),e.children]})}function Fr(e){return K(`button`,{type:`submit`,class:`btn ${e.variant??`primary`}`,disabled:e.busy||e.disabled,"aria-busy":e.busy?`true`:void 0,children:e.children})}function Ir(e){return K(`button`,{type:`button`,class:`btn ${e.variant??`secondary`}`,onClick:e.onClick,disabled:e.busy||e.disabled,"aria-busy":e.busy?`true`:void 0,"aria-label":e.label,"data-testid":e.testid,children:e.children})}function Lr(e){return K(`form`,{class:`form`,"aria-label":e.label,role:e.role,"data-testid":e.testid,onSubmit:t=>{t.preventDefault(),e.onSubmit()},children:e.children})}function Rr(e){return K(`nav`,{class:`pager`,"aria-label":e.label,children:[K(`button`,{type:`button`,class:`btn secondary`,onClick:e.onPrevious,disabled:!e.hasPrevious||e.busy,children:`← Previous page`}),e.status&&K(`span`,{class:`pager-status`,"data-testid":`pager-status`,children:e.status}),K(`button`,{type:`button`,class:`btn secondary`,onClick:e.onNext,disabled:!e.hasNext||e.busy,children:`Next page →`})]})}var zr=new Intl.DateTimeFormat(void 0,{year:`numeric`,month:`short`,day:`numeric`,hour:`2-digit`,minute:`2-digit`});function Br(e){if(!e)return`—`;let t=new Date(e);return Number.isNaN(t.getTime())?e:zr.format(t)}function Vr(e){return K(`time`,{dateTime:e.at,children:Br(e.at)})}function Hr(e){return K(`p`,{class:`muted`,role:`status`,children:[`Loading`,e.what?` ${e.what}`:``,`…`]})}function Ur(e){if(!e)return`Unknown device`;let t=/Edg\//.test(e)?`Edge`:/OPR\//.test(e)?`Opera`:/Firefox\//.test(e)?`Firefox`:/Chrom(e|ium)\//.test(e)?/HeadlessChrome/.test(e)?`Headless Chrome`:`Chrome`:/Safari\//.test(e)?`Safari`:/curl\//.test(e)?`curl`:null,n=/Android/.test(e)?`Android`:/iPhone|iPad|iPod/.test(e)?`iOS`:/Windows/.test(e)?`Windows`:/Mac OS X|Macintosh/.test(e)?`macOS`:/Linux/.test(e)?`Linux`:null;return t&&n?`${t} on ${n}`:t??n??(e.length>60?`${e.slice(0,57)}…`:e)}function Wr(e){let[t,n]=N({providers:null,error:null});return F(()=>{if(!e)return;let t=!0;return n({providers:null,error:null}),Promise.all([On(),kn()]).then(([e,r])=>{t&&n({providers:e.filter(e=>r.some(t=>t.provider===e.id)),error:null})},e=>{t&&n({providers:[],error:We(e)})}),()=>{t=!1}},[e]),t}function Gr(){let e=Re(Qn),t=Re(zn),n=Ee(null),[r,i]=N(``),[a,o]=N(``),[s,c]=N(null),[l,u]=N(!1),d=t.user?.totpEnabled??!1,f=t.user?!t.user.hasPassword:!1,p=Wr(e!==null&&f);F(()=>{let t=n.current;t&&(e&&!t.open?(i(``),o(``),c(null),t.showModal()):!e&&t.open&&t.close())},[e]),F(()=>{t.status!==`signedIn`&&e&&e.resolve(!1)},[t.status,e]);let m=async()=>{if(e){u(!0),c(null);try{await V.reauthenticate(r,d?a.trim():void 0),i(``),o(``),e.resolve(!0)}catch(e){c({text:We(e),code:Be(e)??`ERROR`})}finally{u(!1)}}};return K(`dialog`,{ref:n,class:`dialog`,"aria-labelledby":`reauth-title`,"data-testid":`reauth-dialog`,onCancel:t=>{t.preventDefault(),e?.resolve(!1)},children:[e&&f&&K(Lr,{onSubmit:()=>void 0,label:`Confirm it's you`,children:[K(`h2`,{id:`reauth-title`,children:`Confirm it's you`}),K(`p`,{children:`This change needs a recent proof of your identity. Your account has no password: confirm with your sign-in provider. You come back here afterwards; then do the change again.`}),p.providers===null?K(Hr,{what:`your sign-in providers`}):p.providers.length===0?K(`p`,{class:`error`,role:`alert`,"data-testid":`reauth-error`,"data-code":p.error?`ERROR`:`NO_PROVIDER`,children:p.error??`No sign-in provider is linked to your account. Sign out and sign in again, then retry.`}):null,K(`div`,{class:`actions`,children:[(p.providers??[]).map(e=>K(Ir,{variant:`primary`,testid:`reauth-provider-${e.id}`,onClick:()=>vr(e,`reauth`),children:`Confirm with ${e.name}`},e.id)),K(`button`,{type:`button`,class:`btn secondary`,onClick:()=>e.resolve(!1),children:`Cancel`})]})]}),e&&!f&&K(Lr,{onSubmit:()=>void m(),label:`Confirm it's you`,children:[K(`h2`,{id:`reauth-title`,children:`Confirm it's you`}),K(`p`,{children:[`This change needs a recent proof of your identity. Enter your password`,d?` and a code from your authenticator app`:``,` to continue.`]}),K(q,{label:`Your password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0,autoFocus:!0}),d&&K(Nr,{label:`Your authentication code`,value:a,onInput:o}),s&&K(`p`,{class:`error`,role:`alert`,"data-testid":`reauth-error`,"data-code":s.code,children:s.text}),K(`div`,{class:`actions`,children:[K(Fr,{busy:l,children:`Confirm`}),K(`button`,{type:`button`,class:`btn secondary`,onClick:()=>e.resolve(!1),children:`Cancel`})]})]})]})}function Kr(){let[e,t]=N([]);return F(()=>{let e=!0;return On().then(n=>{e&&t(n)},()=>void 0),()=>{e=!1}},[]),e}function qr(){let e=Kr();return e.length===0?null:K(`div`,{class:`providers`,role:`group`,"aria-label":`Sign in with a provider`,"data-testid":`provider-buttons`,children:[K(`p`,{class:`or muted small`,children:`or`}),e.map(e=>K(Ir,{testid:`provider-${e.id}`,onClick:()=>vr(e,`signIn`),children:`Sign in with ${e.name}`},e.id)),K(`p`,{class:`hint`,children:`No account yet? Signing in with a provider makes one for you.`})]})}function Jr(e){if(gr(),window.location.pathname!==`/`){fr(`/quotes`);return}let t=e.replace(/^#/,``).split(`?`)[0]||`/`;[`/`,`/signin`,`/signup`,`/forgot-password`].includes(t)&&window.location.replace(G(`/quotes`))}function Yr(e){let t=e.step,n=Re(zn),[r,i]=N(``),[a,o]=N(``),[s,c]=N(!1),l=W(),u=n.status===`signedIn`&&n.user?.email.toLowerCase()===t.email.toLowerCase(),d=e=>{I(`success`,`${t.providerName} is linked to your account ${e}: you can sign in with it from now on.`,{sticky:!0}),Jr(t.returnTo)},f=()=>l.run(async()=>{try{let e=await V.confirmProviderLink(t.linkToken,r,s?a.trim():null);i(``),o(``),d(e.username)}catch(e){throw Be(e)===`BAD_USER_INPUT`&&e.field===`code`&&!s?(c(!0),Object.assign(Error(`This account has two-factor authentication on: enter a code from your authenticator app too.`),{code:`CODE_REQUIRED`})):e}}),p=()=>l.run(async()=>{let e=await V.confirmProviderLink(t.linkToken,null);d(e.username)});return K(J,{title:`Link ${t.providerName} to your account`,narrow:!0,children:[K(`div`,{"data-testid":`provider-link-required`,children:[K(`p`,{children:[`There is already an account with the address `,K(`strong`,{"data-testid":`link-email`,children:t.email}),`. `,t.providerName,` says this address is yours, but to keep that account safe we link `,t.providerName,` to it only once you prove the account is yours.`]}),K(`p`,{children:[`Enter the account's password`,s?` and a code from your authenticator app`:``,`. From then on, you can sign in with `,t.providerName,` too.`]})]}),u&&K(`div`,{class:`actions`,children:K(Ir,{variant:`primary`,busy:l.busy,onClick:()=>void p(),children:`Link to my account (${n.user?.username??``})`})}),K(Lr,{onSubmit:f,label:`Link ${t.providerName}`,children:[K(q,{label:`Password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0,autoFocus:!0}),s&&K(Nr,{label:`Authentication code`,value:a,onInput:o,autoFocus:!0}),K(`div`,{class:`actions`,children:[K(Fr,{busy:l.busy,children:`Link ${t.providerName} and sign in`}),K(`a`,{class:`btn secondary`,href:G(`/signin`),onClick:gr,children:`Cancel`})]})]}),K(`p`,{class:`hint`,children:[`Made that account with another sign-in provider, so it has no password? Sign in with that provider, then link `,t.providerName,` on your Account page. Forgot the password? `,K(`a`,{href:G(`/forgot-password`),onClick:gr,children:`Reset it`}),`.`]})]})}function Xr(e){let t=e.step,[n,r]=N(t.email??``),[i,a]=N(null),o=W();return K(J,{title:`Sign up with ${t.providerName}`,narrow:!0,children:i?K(`div`,{class:`done`,"data-testid":`provider-sign-up-requested`,children:[K(`p`,{class:`ok`,children:[`Check your mail: we sent a link to `,K(`strong`,{children:i}),`. Open it to finish signing up (it works for 24 hours).`]}),K(`p`,{children:K(`a`,{href:G(`/signin`),onClick:gr,children:`Back to sign in`})})]}):K(S,{children:[K(`p`,{children:[t.providerName,` did not give us a verified email address. Enter yours: we send a link to it, and your account is made when you open that link.`]}),K(Lr,{onSubmit:()=>o.run(async()=>{let e=n.trim();await V.requestProviderSignUp(t.signUpToken,e),a(e)}),label:`Your email address`,children:[K(q,{label:`Email`,type:`email`,value:n,onInput:r,autoComplete:`email`,inputMode:`email`,required:!0,autoFocus:!0}),K(`div`,{class:`actions`,children:[K(Fr,{busy:o.busy,children:`Send the link`}),K(`a`,{class:`btn secondary`,href:G(`/signin`),onClick:gr,children:`Cancel`})]})]})]})})}function Zr(e){let t=e.step,[n,r]=N(``),i=W();return K(J,{title:`Confirm it's you`,narrow:!0,children:[K(`p`,{children:[t.providerName,` confirmed your account. Two-factor authentication is on: enter a code from your authenticator app to finish.`]}),K(Lr,{onSubmit:()=>i.run(async()=>{try{await V.reauthenticateWithProvider(t.providerCode,n.trim())}catch(e){let n=Be(e);if(n===`INVALID_TOKEN`||n===`INVALID_MFA_CODE`){gr(),I(`error`,`${n===`INVALID_MFA_CODE`?`That code is wrong or was already used.`:`This confirmation took too long.`} Nothing was changed: do it again and confirm with ${t.providerName} once more.`,{code:n});return}throw e}jr(t.providerName,t.returnTo)}),label:`Finish confirming it's you`,children:[K(Nr,{label:`Authentication code`,value:n,onInput:r,autoFocus:!0}),K(`div`,{class:`actions`,children:[K(Fr,{busy:i.busy,children:`Confirm`}),K(Ir,{onClick:gr,children:`Cancel`})]})]})]})}function Qr(e){let t=e.step;switch(t.step){case`working`:return K(J,{title:t.title,narrow:!0,children:K(Hr,{what:``})});case`link`:return K(Yr,{step:t});case`email`:return K(Xr,{step:t});case`reauthCode`:return K(Zr,{step:t})}}function $r(){return Re(hr)}function ei(e){let t=e.identity,n=[t.email,t.login&&t.login!==t.email?t.login:null].filter(Boolean).join(` · `);return K(`li`,{class:`row`,"data-testid":`identity-row`,"data-provider":t.provider,children:[K(`div`,{class:`row-main`,children:[K(`p`,{class:`row-title`,children:[K(`span`,{"data-testid":`identity-provider`,children:t.providerName}),` · `,K(`span`,{"data-testid":`identity-account`,children:n||`—`})]}),K(`p`,{class:`muted small`,children:[K(`span`,{"data-testid":`identity-linked`,children:[`Linked `,Br(t.linkedAt)]}),` ·`,` `,K(`span`,{"data-testid":`identity-last-used`,children:t.lastUsedAt?`Last used ${Br(t.lastUsedAt)}`:`Not used yet`})]})]}),K(Ir,{variant:`danger-quiet`,busy:e.busy,label:`Unlink ${t.providerName}`,onClick:()=>e.onUnlink(t),children:`Unlink`})]})}function ti(e){let t=Kr(),n=ir(kn,[e.user.id]),r=W(),i=n.data??[],a=t.filter(e=>!i.some(t=>t.provider===e.id));if(t.length===0&&i.length===0)return null;let o=e=>void r.run(async()=>{try{n.setData(await An(e.provider))}catch(t){if(Be(t)===`FORBIDDEN`){let n=t instanceof Error?t.message:``;throw Object.assign(Error(`${n?`${n} `:``}${e.providerName} is the only way to sign in to your account: set a password or link another provider first.`),{code:`FORBIDDEN`})}throw t}},`${e.providerName} is unlinked: you can no longer sign in with it.`);return K(Pr,{title:`Sign-in providers`,testid:`provider-identities`,children:[n.loading&&!n.data?K(Hr,{what:`your sign-in providers`}):i.length===0?K(`p`,{"data-testid":`identity-empty`,children:`No sign-in provider is linked to your account.`}):K(`ul`,{class:`rows`,"data-testid":`identity-list`,children:i.map(e=>K(ei,{identity:e,onUnlink:o,busy:r.busy},e.provider))}),a.length>0&&K(S,{children:[K(`p`,{class:`muted small`,children:`Link a provider to sign in with it too.`}),K(`div`,{class:`actions`,children:a.map(e=>K(Ir,{testid:`link-provider-${e.id}`,onClick:()=>vr(e,`link`,`#/account`),children:`Link ${e.name}`},e.id))})]})]})}function ni(){let[e,t]=N(``),[n,r]=N(``),i=Re(ar),a=()=>ar.set(null);F(()=>()=>ar.set(null),[]);let[o,s]=N(``),c=W(),l=()=>Je();return i?K(J,{title:`Two-factor authentication`,narrow:!0,children:[K(`p`,{children:`Enter the 6-digit code from your authenticator app. Lost your phone? Enter one of your recovery codes instead.`}),K(Lr,{onSubmit:()=>c.run(async()=>{if(i){if(Date.now()>i.expiresAt)a(),s(``),I(`error`,`The sign-in attempt expired. Please enter your password again.`,{code:`INVALID_TOKEN`});else{try{await V.completeSecondFactor(i.mfaToken,o.trim())}catch(e){throw e.code===`INVALID_TOKEN`&&(a(),s(``)),e}a(),s(``),l()}}}),label:`Second factor`,children:[K(Nr,{label:`Authentication code`,value:o,onInput:s,autoFocus:!0}),K(`div`,{class:`actions`,children:[K(Fr,{busy:c.busy,children:`Verify`}),K(`button`,{type:`button`,class:`btn link`,onClick:()=>{a(),s(``)},children:`Start over`})]})]})]}):K(J,{title:`Sign in`,narrow:!0,children:[K(Lr,{onSubmit:()=>c.run(async()=>{let t=await V.signIn(e.trim(),n).catch(e=>{throw Be(e)===`FORBIDDEN`?Object.assign(Error(`This account is disabled. Contact an administrator.`),{code:`FORBIDDEN`}):e});t.kind===`secondFactor`?(r(``),or(t.mfaToken,t.expiresIn),Je()):l()}),label:`Sign in`,children:[K(q,{label:`Username or email`,value:e,onInput:t,autoComplete:`username`,required:!0,autoFocus:!0}),K(q,{label:`Password`,type:`password`,value:n,onInput:r,autoComplete:`current-password`,required:!0}),K(`div`,{class:`actions`,children:K(Fr,{busy:c.busy,children:`Sign in`})})]}),K(qr,{}),K(`p`,{class:`links`,children:[K(`a`,{href:G(`/forgot-password`),children:`Forgot your password?`}),K(`a`,{href:G(`/signup`),children:`Create an account`})]})]})}function ri(){let[e,t]=N(``),[n,r]=N(``),[i,a]=N(``),o=W();return K(J,{title:`Create an account`,narrow:!0,children:[K(Lr,{onSubmit:()=>o.run(async()=>{let t=await V.register({email:e.trim(),username:n.trim(),password:i});I(`success`,`Welcome, ${t.username}! We sent a link to ${t.email} to verify your address.`),lr(`/quotes`)}),label:`Create an account`,children:[K(q,{label:`Email`,type:`email`,value:e,onInput:t,autoComplete:`email`,required:!0,inputMode:`email`,autoFocus:!0}),K(q,{label:`Username`,value:n,onInput:r,autoComplete:`username`,required:!0,minLength:3,maxLength:32,hint:`3 to 32 letters, digits, '_', '.' or '-'.`}),K(q,{label:`Password`,type:`password`,value:i,onInput:a,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`}),K(`div`,{class:`actions`,children:K(Fr,{busy:o.busy,children:`Create account`})})]}),K(`p`,{class:`links`,children:K(`a`,{href:G(`/signin`),children:`Already have an account? Sign in`})})]})}function ii(){let[e,t]=N(``),[n,r]=N(!1),i=W();return K(J,{title:`Forgot your password?`,narrow:!0,children:[K(`p`,{children:`Enter your account's email address and we will send you a link to choose a new password.`}),K(Lr,{onSubmit:()=>i.run(async()=>{await pn(e.trim()),r(!0)},`If an account uses that address, we sent it a link to choose a new password.`),label:`Request a password reset`,children:[K(q,{label:`Email`,type:`email`,value:e,onInput:t,autoComplete:`email`,required:!0,inputMode:`email`,autoFocus:!0}),K(`div`,{class:`actions`,children:K(Fr,{busy:i.busy,children:`Send reset link`})})]}),n&&K(`p`,{class:`ok`,"data-testid":`reset-requested`,children:`Check your inbox. The link works once and expires after a while.`}),K(`p`,{class:`links`,children:K(`a`,{href:G(`/signin`),children:`Back to sign in`})})]})}function ai(e){let t=zn.get().status===`signedIn`;return K(`div`,{class:`done`,"data-testid":e.testid,children:[K(`p`,{class:`ok`,children:e.children}),K(`p`,{children:K(`a`,{class:`btn primary`,href:t?`/#/account`:`/#/signin`,children:t?`Go to your account`:`Go to sign in`})})]})}function oi(){return K(S,{children:[K(`p`,{class:`error`,"data-testid":`missing-token`,children:`This link is incomplete: it has no token. Open the link from the email again, or copy the whole address.`}),K(`p`,{children:K(`a`,{href:`/#/signin`,children:`Go to sign in`})})]})}function si(e){let[t,n]=N(!1),r=W();return K(J,{title:`Verify your email`,narrow:!0,children:t?K(ai,{testid:`email-verified`,children:`Thank you: your email address is verified.`}):K(Lr,{onSubmit:()=>r.run(async()=>{await fn(e.token),n(!0),zn.get().status===`signedIn`&&await U().catch(()=>null)},`Your email address is verified.`),label:`Verify your email`,children:[K(`p`,{children:`Press the button to confirm that this email address is yours.`}),K(`div`,{class:`actions`,children:K(Fr,{busy:r.busy,children:`Verify email`})})]})})}function ci(e){let[t,n]=N(``),[r,i]=N(``),[a,o]=N(!1),[s,c]=N(!1),l=W();return K(J,{title:`Choose a new password`,narrow:!0,children:s?K(ai,{testid:`password-reset`,children:`Your password was changed. Sign in with your new password.`}):K(Lr,{onSubmit:()=>{t===r?(o(!1),l.run(async()=>{await mn(e.token,t),c(!0)},`Your password was changed. Every session was signed out: sign in with the new password.`)):o(!0)},label:`Choose a new password`,children:[K(q,{label:`New password`,type:`password`,value:t,onInput:n,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`,autoFocus:!0}),K(q,{label:`Confirm new password`,type:`password`,value:r,onInput:i,autoComplete:`new-password`,required:!0}),a&&K(`p`,{class:`error`,role:`alert`,children:`The two passwords differ.`}),K(`div`,{class:`actions`,children:K(Fr,{busy:l.busy,children:`Set new password`})})]})})}function li(e){let[t,n]=N(null),r=W();return K(J,{title:`Confirm your new email`,narrow:!0,children:t?K(ai,{testid:`email-changed`,children:`Your email address is now ${t}.`}):K(Lr,{onSubmit:()=>r.run(async()=>{let t=await gn(e.token);n(t.email),zn.get().status===`signedIn`&&await U().catch(()=>null)},`Your email address was changed.`),label:`Confirm your new email`,children:[K(`p`,{children:`Press the button to make this address your account's email.`}),K(`div`,{class:`actions`,children:K(Fr,{busy:r.busy,children:`Confirm email change`})})]})})}function ui(e){let[t,n]=N(null),r=W();return K(J,{title:`Finish signing up`,narrow:!0,children:t?K(ai,{testid:`sign-up-confirmed`,children:`Welcome, ${t}: your email address is confirmed, your account is ready and you are signed in.`}):K(Lr,{onSubmit:()=>r.run(async()=>{let t=await V.confirmProviderSignUp(e.token);t.kind===`signedIn`?n(t.user.username):t.kind===`secondFactor`?(or(t.mfaToken,t.expiresIn),fr(`/signin`)):Dr(t,await Er(t.provider),`#/quotes`)}),label:`Finish signing up`,children:[K(`p`,{children:`Press the button to confirm this email address and finish signing up with your sign-in provider.`}),K(`div`,{class:`actions`,children:K(Fr,{busy:r.busy,children:`Finish signing up`})})]})})}function di(e){if(!e.token)return K(J,{title:e.page===`/verify-email`?`Verify your email`:e.page===`/reset-password`?`Choose a new password`:e.page===`/confirm-sign-up`?`Finish signing up`:`Confirm your new email`,narrow:!0,children:K(oi,{})});switch(e.page){case`/verify-email`:return K(si,{token:e.token});case`/reset-password`:return K(ci,{token:e.token});case`/confirm-email-change`:return K(li,{token:e.token});case`/confirm-sign-up`:return K(ui,{token:e.token})}}function fi(e){let t=e.quote,[n,r]=N(`view`),[i,a]=N(t.text),[o,s]=N(t.author),c=W(),l=()=>c.run(async()=>{await ln(t.id,i,o),r(`view`),e.onChanged()},`Quote saved.`),u=()=>c.run(async()=>{await un(t.id),e.onChanged()},`Quote deleted.`);return K(`li`,{class:`row quote`,"data-testid":`quote-row`,"data-id":t.id,children:n===`edit`?K(Lr,{onSubmit:l,label:`Edit quote`,children:[K(q,{label:`Edit quote`,value:i,onInput:a,required:!0,multiline:!0,maxLength:2e3,autoFocus:!0}),K(q,{label:`Edit author`,value:o,onInput:s,required:!0,maxLength:200}),K(`div`,{class:`actions`,children:[K(Fr,{busy:c.busy,children:`Save`}),K(Ir,{onClick:()=>{a(t.text),s(t.author),r(`view`)},children:`Cancel`})]})]}):K(S,{children:[K(`blockquote`,{children:[K(`p`,{"data-testid":`quote-text`,children:t.text}),K(`footer`,{children:[`— `,K(`cite`,{"data-testid":`quote-author`,children:t.author}),K(`span`,{class:`muted small`,children:[` `,`· `,K(Vr,{at:t.createdAt})]})]})]}),n===`confirm`?K(`div`,{class:`actions confirm`,role:`group`,"aria-label":`Confirm deletion`,children:[K(`span`,{children:`Delete this quote?`}),K(Ir,{variant:`danger`,busy:c.busy,onClick:()=>void u(),children:`Yes, delete`}),K(Ir,{onClick:()=>r(`view`),children:`Keep it`})]}):K(`div`,{class:`actions`,children:[K(Ir,{onClick:()=>{a(t.text),s(t.author),r(`edit`)},children:`Edit`}),K(Ir,{variant:`danger-quiet`,onClick:()=>r(`confirm`),children:`Delete`})]})]})})}var pi={first:10};function mi(){let[e,t]=N({cursor:pi,page:1,filter:{search:``,author:``}}),[n,r]=N(``),[i,a]=N(``),[o,s]=N(``),[c,l]=N(``),u=W(),d=ir(async()=>({conn:await cn({...e.cursor,...e.filter}),view:e}),[e]),f=(n=e.filter)=>t({cursor:pi,page:1,filter:n}),p=()=>u.run(async()=>{await H(o,c),s(``),l(``),e.page===1&&!e.cursor.after&&!e.cursor.before?await d.reload():f()},`Quote added.`),m=()=>f({search:n.trim(),author:i.trim()}),h=()=>{r(``),a(``),f({search:``,author:``})},g=async()=>{let e=await d.reload();e&&e.conn.nodes.length===0&&e.view.page>1&&f()},_=d.data?.conn,v=d.data?.view,y=!!(v&&(v.filter.search||v.filter.author)),b=_?Math.max(1,Math.ceil(_.totalCount/10)):1;return K(J,{title:`Quotes`,children:[K(Pr,{title:`Add a quote`,children:K(Lr,{onSubmit:p,label:`Add a quote`,children:[K(q,{label:`Quote`,value:o,onInput:s,required:!0,multiline:!0,maxLength:2e3}),K(q,{label:`Author`,value:c,onInput:l,required:!0,maxLength:200}),K(`div`,{class:`actions`,children:K(Fr,{busy:u.busy,children:`Add quote`})})]})}),K(Pr,{title:`Your quotes`,children:[K(Lr,{onSubmit:m,role:`search`,label:`Find quotes`,children:[K(`div`,{class:`inline-fields`,children:[K(q,{label:`Search quotes`,type:`search`,value:n,onInput:r,hint:`Words in the text or the author.`}),K(q,{label:`Filter by author`,value:i,onInput:a,hint:`The exact author name.`})]}),K(`div`,{class:`actions`,children:[K(Fr,{variant:`secondary`,children:`Apply filters`}),(e.filter.search||e.filter.author||n||i)&&K(Ir,{onClick:h,children:`Clear filters`})]})]}),!_&&d.loading&&K(Hr,{what:`quotes`}),_&&v&&K(S,{children:[K(`p`,{class:`muted`,"data-testid":`quote-count`,"aria-live":`polite`,children:_.totalCount===0?y?`No quotes match these filters.`:`No quotes yet: add your first one above.`:`${_.totalCount} quote${_.totalCount===1?``:`s`}${y?` match`:``} · page ${Math.min(v.page,b)} of ${b}`}),K(`ul`,{class:`rows`,"data-testid":`quote-list`,"aria-busy":d.loading?`true`:void 0,children:_.nodes.map(e=>K(fi,{quote:e,onChanged:()=>void g()},e.id))}),K(Rr,{label:`Quote pages`,busy:d.loading,hasPrevious:_.pageInfo.hasPreviousPage,hasNext:_.pageInfo.hasNextPage,onPrevious:()=>{v.page<=2||!_.pageInfo.startCursor?f(v.filter):t({cursor:{last:10,before:_.pageInfo.startCursor},page:v.page-1,filter:v.filter})},onNext:()=>{_.pageInfo.endCursor&&t({cursor:{first:10,after:_.pageInfo.endCursor},page:v.page+1,filter:v.filter})}})]})]})]})}function hi(e){let t=W(),[n,r]=N(!1);return K(S,{children:[K(`p`,{"data-testid":`no-password`,children:[`Your account has no password: you sign in with a sign-in provider. To set a password, we send a link to`,` `,K(`strong`,{children:e.user.email}),`.`]}),n?K(`p`,{class:`ok`,"data-testid":`reset-requested`,children:`Check your inbox: the link works once and expires after a while.`}):K(`div`,{class:`actions`,children:K(Ir,{variant:`primary`,busy:t.busy,onClick:()=>void t.run(async()=>{await pn(e.user.email),r(!0)}),children:`Email me a link to set a password`})})]})}function gi(e){let t=e.user,n=W();return K(J,{title:`Account`,children:[K(Pr,{title:`Profile`,children:[K(`dl`,{class:`facts`,children:[K(`dt`,{children:`Username`}),K(`dd`,{"data-testid":`account-username`,children:t.username}),K(`dt`,{children:`Email`}),K(`dd`,{"data-testid":`account-email`,children:t.email}),K(`dt`,{children:`Email status`}),K(`dd`,{"data-testid":`email-status`,children:t.emailVerified?K(`span`,{class:`badge ok`,children:`Verified`}):K(`span`,{class:`badge warn`,children:`Not verified`})}),K(`dt`,{children:`Role`}),K(`dd`,{"data-testid":`account-role`,children:t.role===`ADMIN`?`Administrator`:`User`}),K(`dt`,{children:`Password`}),K(`dd`,{"data-testid":`account-password`,children:t.hasPassword?`Set`:`None (you sign in with a sign-in provider)`}),K(`dt`,{children:`Two-factor authentication`}),K(`dd`,{children:t.totpEnabled?`On`:`Off`}),K(`dt`,{children:`Member since`}),K(`dd`,{children:Br(t.createdAt)})]}),!t.emailVerified&&K(`div`,{class:`actions`,children:K(Ir,{busy:n.busy,onClick:()=>void n.run(()=>dn(),`We sent a new verification link to ${t.email}.`),children:`Resend verification email`})})]}),K(ti,{user:t}),K(Pr,{title:`Manage`,children:K(`ul`,{class:`link-list`,children:[K(`li`,{children:K(`a`,{href:G(`/account/password`),children:t.hasPassword?`Change password`:`Set a password`})}),K(`li`,{children:K(`a`,{href:G(`/account/email`),children:`Change email`})}),K(`li`,{children:K(`a`,{href:G(`/security`),children:`Two-factor authentication`})}),K(`li`,{children:K(`a`,{href:G(`/sessions`),children:`Sessions`})}),K(`li`,{children:K(`a`,{href:G(`/activity`),children:`Security activity`})}),K(`li`,{children:K(`a`,{href:G(`/account/delete`),class:`danger-link`,children:`Delete account`})})]})})]})}function _i(e){return e.user.hasPassword?K(vi,{}):K(J,{title:`Set a password`,narrow:!0,children:K(hi,{user:e.user})})}function vi(){let[e,t]=N(``),[n,r]=N(``),[i,a]=N(``),[o,s]=N(!1),c=W();return K(J,{title:`Change password`,narrow:!0,children:K(Lr,{onSubmit:()=>{n===i?(s(!1),c.run(async()=>{await _n(e,n),t(``),r(``),a(``),lr(`/account`)},`Password changed. Your other sessions were signed out.`)):s(!0)},label:`Change password`,children:[K(q,{label:`Current password`,type:`password`,value:e,onInput:t,autoComplete:`current-password`,required:!0,autoFocus:!0}),K(q,{label:`New password`,type:`password`,value:n,onInput:r,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`}),K(q,{label:`Confirm new password`,type:`password`,value:i,onInput:a,autoComplete:`new-password`,required:!0}),o&&K(`p`,{class:`error`,role:`alert`,children:`The two new passwords differ.`}),K(`div`,{class:`actions`,children:[K(Fr,{busy:c.busy,children:`Change password`}),K(`a`,{class:`btn secondary`,href:G(`/account`),children:`Cancel`})]})]})})}function yi(e){let[t,n]=N(``),[r,i]=N(``),[a,o]=N(null),s=W(),c=!e.user.hasPassword;return K(J,{title:`Change email`,narrow:!0,children:[K(`p`,{children:[`Your address is `,K(`strong`,{children:e.user.email}),`. We will send a link to the new address; the change happens when you open it.`]}),c&&K(`p`,{class:`muted small`,children:`Your account has no password: you may be asked to confirm it's you with your sign-in provider.`}),K(Lr,{onSubmit:()=>s.run(async()=>{let e=t.trim();return await hn(e,c?null:r),i(``),o(e),e},e=>`We sent a confirmation link to ${e}. Your email changes when you open it.`),label:`Change email`,children:[K(q,{label:`New email`,type:`email`,value:t,onInput:n,autoComplete:`email`,inputMode:`email`,required:!0,autoFocus:!0}),!c&&K(q,{label:`Current password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0}),K(`div`,{class:`actions`,children:[K(Fr,{busy:s.busy,children:`Send confirmation link`}),K(`a`,{class:`btn secondary`,href:G(`/account`),children:`Cancel`})]})]}),a&&K(`p`,{class:`ok`,"data-testid":`email-change-requested`,children:[`Check the inbox of `,a,` for the confirmation link.`]})]})}function bi(e){let[t,n]=N(``),[r,i]=N(!1),a=W(),o=!e.user.hasPassword;return K(J,{title:`Delete account`,narrow:!0,children:[K(`p`,{class:`warn-text`,children:[`This deletes your account `,K(`strong`,{children:e.user.username}),`, all your quotes and every session, for good. It cannot be undone.`]}),K(Lr,{onSubmit:()=>a.run(async()=>{await Zn(()=>vn(o?null:t)),I(`success`,`The account ${e.user.username} and its quotes were deleted.`,{sticky:!0}),lr(`/signin`)}),label:`Delete account`,children:[o?K(`p`,{class:`muted small`,children:`Your account has no password: you may be asked to confirm it's you with your sign-in provider.`}):K(q,{label:`Password`,type:`password`,value:t,onInput:n,autoComplete:`current-password`,required:!0,autoFocus:!0}),K(`div`,{class:`field checkbox`,children:[K(`input`,{id:`delete-sure`,type:`checkbox`,checked:r,onChange:e=>i(e.currentTarget.checked)}),K(`label`,{for:`delete-sure`,children:`I understand that this cannot be undone`})]}),K(`div`,{class:`actions`,children:[K(Fr,{busy:a.busy,variant:`danger`,disabled:!r,children:`Delete my account`}),K(`a`,{class:`btn secondary`,href:G(`/account`),children:`Cancel`})]})]})]})}function xi(e){return K(Pr,{title:`Your recovery codes`,testid:`recovery-codes-panel`,children:[K(`p`,{children:[`Each code signs you in once if you lose your authenticator. `,K(`strong`,{children:`Save them now`}),` (print them or keep them in a password manager): they are not shown again.`]}),K(`ol`,{class:`codes`,"data-testid":`recovery-codes`,children:e.codes.map(e=>K(`li`,{children:K(`code`,{"data-testid":`recovery-code`,children:e})},e))}),K(`div`,{class:`actions`,children:[K(Ir,{onClick:()=>{navigator.clipboard?.writeText(e.codes.join(`
`)).catch(()=>void 0)},children:`Copy codes`}),K(Ir,{variant:`primary`,onClick:e.onDone,children:`I have saved my recovery codes`})]})]})}function Si(e){let[t,n]=N(null),[r,i]=N(``),[a,o]=N(null),s=W(),c=W(),l=()=>s.run(async()=>{n(await yn()),i(``)});return a?K(J,{title:`Two-factor authentication`,children:K(xi,{codes:a,onDone:()=>o(null)})}):K(J,{title:`Two-factor authentication`,children:[K(`p`,{"data-testid":`totp-status`,class:`status-line`,children:[`Two-factor authentication is`,` `,e.user.totpEnabled?K(`span`,{class:`badge ok`,children:`On`}):K(`span`,{class:`badge`,children:`Off`})]}),e.user.totpEnabled?K(Pr,{title:`Manage`,children:[K(`p`,{children:`Signing in asks for a code from your authenticator app (or a recovery code) after your password or sign-in provider.`}),K(`ul`,{class:`link-list`,children:[K(`li`,{children:K(`a`,{href:G(`/security/recovery-codes`),children:`Generate new recovery codes`})}),K(`li`,{children:K(`a`,{href:G(`/security/disable`),class:`danger-link`,children:`Turn off two-factor authentication`})})]})]}):t?K(Pr,{title:`Set up your authenticator app`,testid:`totp-enrollment`,children:K(`ol`,{class:`steps`,children:[K(`li`,{children:[K(`p`,{children:`Scan this QR code with an authenticator app (for example FreeOTP, Aegis, Google Authenticator or 1Password).`}),K(`img`,{class:`qr`,src:t.qrCodeDataUrl,alt:`QR code for your authenticator app`,width:200,height:200,"data-testid":`totp-qr`})]}),K(`li`,{children:[K(`p`,{children:`Or type this secret into the app:`}),K(`p`,{children:K(`code`,{class:`secret`,"data-testid":`totp-secret`,children:t.secret})})]}),K(`li`,{children:[K(`p`,{children:`Enter the 6-digit code the app shows now.`}),K(Lr,{onSubmit:()=>c.run(async()=>{let e=await bn(r.trim());n(null),i(``),o(e),await U().catch(()=>null)},`Two-factor authentication is on.`),label:`Confirm two-factor authentication`,children:[K(q,{label:`Code from your authenticator app`,value:r,onInput:i,autoComplete:`one-time-code`,inputMode:`numeric`,required:!0,maxLength:10,autoFocus:!0}),K(`div`,{class:`actions`,children:[K(Fr,{busy:c.busy,children:`Turn on two-factor authentication`}),K(Ir,{onClick:()=>n(null),children:`Cancel`})]})]})]})]})}):K(Pr,{title:`Protect your account`,children:[K(`p`,{children:`With two-factor authentication, signing in also needs a code from an app on your phone.`}),K(`div`,{class:`actions`,children:K(Ir,{variant:`primary`,busy:s.busy,onClick:()=>void l(),children:`Set up two-factor authentication`})})]})]})}function Ci(){let[e,t]=N(``),[n,r]=N(null),i=W();return K(J,{title:`New recovery codes`,narrow:!0,children:n?K(xi,{codes:n,onDone:()=>lr(`/security`)}):K(S,{children:[K(`p`,{children:`New codes replace all your current recovery codes.`}),K(Lr,{onSubmit:()=>i.run(async()=>{r(await xn(e.trim())),t(``)},`New recovery codes generated; the old ones no longer work.`,{retryAfterReauth:!1}),label:`Generate new recovery codes`,children:[K(Nr,{label:`Authentication code`,value:e,onInput:t,hint:`The 6-digit code from your authenticator app.`,autoFocus:!0}),K(`div`,{class:`actions`,children:[K(Fr,{busy:i.busy,children:`Generate new recovery codes`}),K(`a`,{class:`btn secondary`,href:G(`/security`),children:`Cancel`})]})]})]})})}function wi(e){let[t,n]=N(``),[r,i]=N(``),a=W(),o=!e.user.hasPassword;return K(J,{title:`Turn off two-factor authentication`,narrow:!0,children:[K(`p`,{children:o?`Signing in will ask for your sign-in provider only. Your account has no password: you may be asked to confirm it's you with your sign-in provider.`:`Signing in will ask for your password only.`}),K(Lr,{onSubmit:()=>a.run(async()=>{await Sn(o?null:t,r.trim()),await U().catch(()=>null),lr(`/security`)},`Two-factor authentication is off.`),label:`Turn off two-factor authentication`,children:[!o&&K(q,{label:`Password`,type:`password`,value:t,onInput:n,autoComplete:`current-password`,required:!0,autoFocus:!0}),K(Nr,{label:`Authentication code`,value:r,onInput:i,autoFocus:o}),K(`div`,{class:`actions`,children:[K(Fr,{busy:a.busy,variant:`danger`,children:`Turn off two-factor authentication`}),K(`a`,{class:`btn secondary`,href:G(`/security`),children:`Cancel`})]})]})]})}function Ti(e){let t=e.session,n=W();return K(`li`,{class:`row session`,"data-testid":`session-row`,"data-current":t.current?`true`:`false`,children:[K(`div`,{class:`row-main`,children:[K(`p`,{class:`row-title`,children:[Ur(t.userAgent),t.current&&K(`span`,{class:`badge ok`,"data-testid":`session-current`,children:`This device`})]}),K(`p`,{class:`muted small`,children:[t.ip?`IP ${t.ip} · `:``,`signed in `,K(Vr,{at:t.createdAt}),` · last active `,K(Vr,{at:t.lastUsedAt})]})]}),K(`div`,{class:`actions`,children:t.current?K(Ir,{onClick:()=>void Xn(),children:`Sign out`}):K(Ir,{variant:`danger-quiet`,busy:n.busy,onClick:()=>void n.run(async()=>{await wn(t.id),e.onChanged()},`Session revoked: that device is signed out.`),children:`Revoke`})})]})}function Ei(){let e=ir(Cn,[]),t=W(),n=e.data,r=n?n.filter(e=>!e.current).length:0;return K(J,{title:`Sessions`,intro:K(`p`,{children:`Every device where you are signed in. Revoke any you do not recognise.`}),children:K(Pr,{title:`Signed-in devices`,children:[!n&&e.loading&&K(Hr,{what:`sessions`}),n&&K(S,{children:[K(`p`,{class:`muted`,"data-testid":`session-count`,children:[n.length,` session`,n.length===1?``:`s`]}),K(`ul`,{class:`rows`,children:n.map(t=>K(Ti,{session:t,onChanged:()=>void e.reload()},t.id))}),K(`div`,{class:`actions`,children:K(Ir,{variant:`danger`,busy:t.busy,disabled:r===0,onClick:()=>void t.run(async()=>{await Tn(),await e.reload()},`Every other session was signed out.`),children:`Sign out all other sessions`})})]})]})})}var Di={SIGN_IN_SUCCEEDED:`Signed in`,SIGN_IN_FAILED:`Failed sign-in`,REFRESH_TOKEN_REUSED:`Stolen-token alarm: session revoked`,PASSWORD_CHANGED:`Password changed`,PASSWORD_RESET:`Password reset`,EMAIL_CHANGED:`Email changed`,TOTP_ENABLED:`Two-factor authentication turned on`,TOTP_DISABLED:`Two-factor authentication turned off`,ROLE_CHANGED:`Role changed`,ACCOUNT_DISABLED:`Account disabled`,ACCOUNT_ENABLED:`Account enabled`,ACCOUNT_DELETED:`Account deleted`,TWO_FACTOR_RESET:`Two-factor authentication reset by an admin`,IDENTITY_LINKED:`Sign-in provider linked`,IDENTITY_UNLINKED:`Sign-in provider unlinked`},Oi=new Set([`SIGN_IN_FAILED`,`REFRESH_TOKEN_REUSED`,`ACCOUNT_DISABLED`]),ki={pwd:`password`,"pwd totp":`password + authenticator code`,"pwd recovery":`password + recovery code`,fed:`sign-in provider`,"fed totp":`sign-in provider + authenticator code`,"fed recovery":`sign-in provider + recovery code`,wrong_password:`wrong password`,wrong_second_factor:`wrong second factor`,account_disabled:`account disabled`,email:`email link`};function Ai(e){if(!e)return``;try{let t=JSON.parse(e),n=[];for(let[e,r]of Object.entries(t)){let t=typeof r==`string`?ki[r]??r:JSON.stringify(r),i=e===`amr`?`method`:e===`by`?`by admin`:e===`sessionId`?`session`:e;n.push(`${i}: ${t}`)}return n.join(`, `)}catch{return e}}function ji(e){let t=e.event,n=Ai(t.detail);return K(`li`,{class:`row event${Oi.has(t.kind)?` warn`:``}`,"data-testid":`event-row`,"data-kind":t.kind,children:[K(`p`,{class:`row-title`,children:[K(`span`,{"data-testid":`event-kind`,children:Di[t.kind]??t.kind}),K(`span`,{class:`muted small`,children:[` `,`· `,K(Vr,{at:t.at})]})]}),K(`p`,{class:`muted small`,children:[n,t.ip?`IP ${t.ip}`:``,t.userAgent?Ur(t.userAgent):``].filter(Boolean).join(` · `)})]})}function Mi(e){let[t,n]=N([null]),[r,i]=N(e.resetKey);r!==e.resetKey&&(i(e.resetKey),n([null]));let a=t[t.length-1]??null,o=t.length,s=ir(async()=>({...await e.load(20,a),page:o}),[a,o,e.resetKey]),c=s.data;if(!c)return s.loading?K(Hr,{what:`events`}):null;let l=c.totalCount,u=l===null?null:Math.max(1,Math.ceil(l/20));return K(S,{children:[K(`p`,{class:`muted`,"data-testid":`event-count`,children:c.events.length===0&&c.page===1?`No events yet.`:l===null?`Page ${c.page}`:`${l} event${l===1?``:`s`} · page ${c.page} of ${u}`}),K(`ul`,{class:`rows`,"data-testid":`event-list`,"aria-busy":s.loading?`true`:void 0,children:c.events.map(e=>K(ji,{event:e},e.id))}),K(Rr,{label:e.label,busy:s.loading,hasPrevious:c.page>1,hasNext:c.pageInfo.hasNextPage,onPrevious:()=>n(t.slice(0,c.page-1)),onNext:()=>{c.pageInfo.endCursor&&n([...t.slice(0,c.page),c.pageInfo.endCursor])}})]})}function Ni(e){return K(J,{title:`Security activity`,intro:K(`p`,{children:`Sign-ins, failed attempts and changes to your account, newest first. Something you do not recognise? Change your password and revoke your sessions.`}),children:K(Pr,{title:`Events`,children:K(Mi,{load:En,resetKey:e.userId,label:`Security activity pages`})})})}var Pi=!0,Fi=`uplot`,Ii=`u-hz`,Li=`u-vt`,Ri=`u-title`,zi=`u-wrap`,Bi=`u-under`,Vi=`u-over`,Hi=`u-axis`,Ui=`u-off`,Wi=`u-select`,Gi=`u-cursor-x`,Ki=`u-cursor-y`,qi=`u-cursor-pt`,Ji=`u-legend`,Yi=`u-live`,Xi=`u-inline`,Zi=`u-series`,Qi=`u-marker`,$i=`u-label`,ea=`u-value`,ta=`width`,na=`height`,ra=`top`,ia=`bottom`,aa=`left`,oa=`right`,sa=`#000`,ca=`#0000`,la=`mousemove`,ua=`mousedown`,da=`mouseup`,fa=`mouseenter`,pa=`mouseleave`,ma=`dblclick`,ha=`resize`,ga=`scroll`,_a=`change`,va=`dppxchange`,ya=`--`,ba=typeof window<`u`,xa=ba?document:null,Sa=ba?window:null,Ca=ba?navigator:null,Y,wa;function Ta(){let e=devicePixelRatio;Y!=e&&(Y=e,wa&&Ba(_a,wa,Ta),wa=matchMedia(`(min-resolution: ${Y-.001}dppx) and (max-resolution: ${Y+.001}dppx)`),za(_a,wa,Ta),Sa.dispatchEvent(new CustomEvent(va)))}function Ea(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function Da(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function Oa(e,t,n){e.style[t]=n+`px`}function ka(e,t,n,r){let i=xa.createElement(e);return t!=null&&Ea(i,t),n?.insertBefore(i,r),i}function Aa(e,t){return ka(`div`,e,t)}var ja=new WeakMap;function Ma(e,t,n,r,i){let a=`translate(`+t+`px,`+n+`px)`;a!=ja.get(e)&&(e.style.transform=a,ja.set(e,a),t<0||n<0||t>r||n>i?Ea(e,Ui):Da(e,Ui))}var Na=new WeakMap;function Pa(e,t,n){let r=t+n;r!=Na.get(e)&&(Na.set(e,r),e.style.background=t,e.style.borderColor=n)}var Fa=new WeakMap;function Ia(e,t,n,r){let i=t+``+n;i!=Fa.get(e)&&(Fa.set(e,i),e.style.height=n+`px`,e.style.width=t+`px`,e.style.marginLeft=r?-t/2+`px`:0,e.style.marginTop=r?-n/2+`px`:0)}var La={passive:!0},Ra={...La,capture:!0};function za(e,t,n,r){t.addEventListener(e,n,r?Ra:La)}function Ba(e,t,n,r){t.removeEventListener(e,n,La)}ba&&Ta();function Va(e,t,n,r){let i;n||=0,r||=t.length-1;let a=r<=0x7fffffff;for(;r-n>1;)i=a?n+r>>1:co((n+r)/2),t[i]<e?n=i:r=i;return e-t[n]<=t[r]-e?n:r}function Ha(e){return(t,n,r)=>{let i=-1,a=-1;for(let a=n;a<=r;a++)if(e(t[a])){i=a;break}for(let i=r;i>=n;i--)if(e(t[i])){a=i;break}return[i,a]}}var Ua=e=>e!=null,Wa=e=>e!=null&&e>0,Ga=Ha(Ua),Ka=Ha(Wa);function qa(e,t,n,r=0,i=!1){let a=i?Ka:Ga,o=i?Wa:Ua;[t,n]=a(e,t,n);let s=e[t],c=e[t];if(t>-1){if(r==1)s=e[t],c=e[n];else if(r==-1)s=e[n],c=e[t];else for(let r=t;r<=n;r++){let t=e[r];o(t)&&(t<s?s=t:t>c&&(c=t))}}return[s??bo,c??-bo]}function Ja(e,t,n,r){let i=ho(e),a=ho(t);e==t&&(i==-1?(e*=n,t/=n):(e/=n,t*=n));let o=n==10?go:_o,s=i==1?co:uo,c=a==1?uo:co,l=s(o(so(e))),u=c(o(so(t))),d=mo(n,l),f=mo(n,u);return n==10&&(l<0&&(d=Q(d,-l)),u<0&&(f=Q(f,-u))),r||n==2?(e=d*i,t=f*a):(e=Po(e,d),t=No(t,f)),[e,t]}function Ya(e,t,n,r){let i=Ja(e,t,n,r);return e==0&&(i[0]=0),t==0&&(i[1]=0),i}var Xa=.1,Za={mode:3,pad:Xa},Qa={pad:0,soft:null,mode:0},$a={min:Qa,max:Qa};function eo(e,t,n,r){return Go(n)?no(e,t,n):(Qa.pad=n,Qa.soft=r?0:null,Qa.mode=r?3:0,no(e,t,$a))}function X(e,t){return e??t}function to(e,t,n){for(t=X(t,0),n=X(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function no(e,t,n){let r=n.min,i=n.max,a=X(r.pad,0),o=X(i.pad,0),s=X(r.hard,-bo),c=X(i.hard,bo),l=X(r.soft,bo),u=X(i.soft,-bo),d=X(r.mode,0),f=X(i.mode,0),p=t-e,m=go(p),h=po(so(e),so(t)),g=so(go(h)-m);(p<1e-24||g>10)&&(p=0,(e==0||t==0)&&(p=1e-24,d==2&&l!=bo&&(a=0),f==2&&u!=-bo&&(o=0)));let _=p||h||1e3,v=mo(10,co(go(_))),y=Q(Po(e-_*(p==0?e==0?.1:1:a),v/10),24),b=e>=l&&(d==1||d==3&&y<=l||d==2&&y>=l)?l:bo,x=po(s,y<b&&e>=b?b:fo(b,y)),S=Q(No(t+_*(p==0?t==0?.1:1:o),v/10),24),C=t<=u&&(f==1||f==3&&S>=u||f==2&&S<=u)?u:-bo,w=fo(c,S>C&&t<=C?C:po(C,S));return x==w&&x==0&&(w=100),[x,w]}var ro=new Intl.NumberFormat(ba?Ca.language:`en-US`),io=e=>ro.format(e),ao=Math,oo=ao.PI,so=ao.abs,co=ao.floor,lo=ao.round,uo=ao.ceil,fo=ao.min,po=ao.max,mo=ao.pow,ho=ao.sign,go=ao.log10,_o=ao.log2,vo=(e,t=1)=>ao.sinh(e)*t,yo=(e,t=1)=>ao.asinh(e/t),bo=1/0;function xo(e){return(go((e^e>>31)-(e>>31))|0)+1}function So(e,t,n){return fo(po(e,t),n)}function Co(e){return typeof e==`function`}function Z(e){return Co(e)?e:()=>e}var wo=()=>{},To=e=>e,Eo=(e,t)=>t,Do=e=>null,Oo=e=>!0,ko=(e,t)=>e==t,Ao=/\.\d*?(?=9{6,}|0{6,})/gm,jo=e=>{if(Ho(e)||Fo.has(e))return e;let t=`${e}`,n=t.match(Ao);if(n==null)return e;let r=n[0].length-1;if(t.indexOf(`e-`)!=-1){let[e,n]=t.split(`e`);return+`${jo(e)}e${n}`}return Q(e,r)};function Mo(e,t){return jo(Q(jo(e/t))*t)}function No(e,t){return jo(uo(jo(e/t))*t)}function Po(e,t){return jo(co(jo(e/t))*t)}function Q(e,t=0){if(Ho(e))return e;let n=10**t;return lo(e*n*(1+2**-52))/n}var Fo=new Map;function Io(e){return((``+e).split(`.`)[1]||``).length}function Lo(e,t,n,r){let i=[],a=r.map(Io);for(let o=t;o<n;o++){let t=so(o),n=Q(mo(e,o),t);for(let s=0;s<r.length;s++){let c=e==10?+`${r[s]}e${o}`:r[s]*n,l=(o>=0?0:t)+(o>=a[s]?0:a[s]),u=e==10?c:Q(c,l);i.push(u),Fo.set(u,l)}}return i}var Ro={},zo=[],Bo=[null,null],Vo=Array.isArray,Ho=Number.isInteger,Uo=e=>e===void 0;function Wo(e){return typeof e==`string`}function Go(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Ko(e){return typeof e==`object`&&!!e}var qo=Object.getPrototypeOf(Uint8Array),Jo=`__proto__`;function Yo(e,t=Go){let n;if(Vo(e)){let r=e.find(e=>e!=null);if(Vo(r)||t(r)){n=Array(e.length);for(let r=0;r<e.length;r++)n[r]=Yo(e[r],t)}else n=e.slice()}else if(e instanceof qo)n=e.slice();else if(t(e)){n={};for(let r in e)r!=Jo&&(n[r]=Yo(e[r],t))}else n=e;return n}function Xo(e){let t=arguments;for(let n=1;n<t.length;n++){let r=t[n];for(let t in r)t!=Jo&&(Go(e[t])?Xo(e[t],Yo(r[t])):e[t]=Yo(r[t]))}return e}var Zo=0,Qo=1,$o=2;function es(e,t,n){for(let r=0,i,a=-1;r<t.length;r++){let o=t[r];if(o>a){for(i=o-1;i>=0&&e[i]==null;)e[i--]=null;for(i=o+1;i<n&&e[i]==null;)e[a=i++]=null}}}var ts=typeof queueMicrotask>`u`?e=>Promise.resolve().then(e):queueMicrotask;function ns(e){let t=e[0],n=t.length,r=Array(n);for(let e=0;e<r.length;e++)r[e]=e;r.sort((e,n)=>t[e]-t[n]);let i=[];for(let t=0;t<e.length;t++){let a=e[t],o=Array(n);for(let e=0;e<n;e++)o[e]=a[r[e]];i.push(o)}return i}function rs(e){let t=e[0][0],n=t.length;for(let r=1;r<e.length;r++){let i=e[r][0];if(i.length!=n)return!1;if(i!=t){for(let e=0;e<n;e++)if(i[e]!=t[e])return!1}}return!0}function is(e,t=100){let n=e.length;if(n<=1)return!0;let r=0,i=n-1;for(;r<=i&&e[r]==null;)r++;for(;i>=r&&e[i]==null;)i--;if(i<=r)return!0;let a=po(1,co((i-r+1)/t));for(let t=e[r],n=r+a;n<=i;n+=a){let r=e[n];if(r!=null){if(r<=t)return!1;t=r}}return!0}var as=[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],os=[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`];function ss(e){return e.slice(0,3)}var cs=os.map(ss),ls={MMMM:as,MMM:as.map(ss),WWWW:os,WWW:cs};function us(e){return(e<10?`0`:``)+e}function ds(e){return(e<10?`00`:e<100?`0`:``)+e}var fs={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+``).slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>us(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>us(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>us(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?`PM`:`AM`,aa:e=>e.getHours()>=12?`pm`:`am`,a:e=>e.getHours()>=12?`p`:`a`,mm:e=>us(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>us(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>ds(e.getMilliseconds())};function ps(e,t){t||=ls;let n=[],r=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=r.exec(e);)n.push(i[0][0]==`{`?fs[i[1]]:i[0]);return e=>{let r=``;for(let i=0;i<n.length;i++)r+=typeof n[i]==`string`?n[i]:n[i](e,t);return r}}var ms=new Intl.DateTimeFormat().resolvedOptions().timeZone,hs=e=>e%1==0,gs=[1,2,2.5,5],_s=Lo(10,-32,0,gs),vs=Lo(10,0,32,gs),ys=vs.filter(hs),bs=_s.concat(vs),xs=`
`,Ss=`{YYYY}`,Cs=xs+Ss,ws=`{M}/{D}`,Ts=xs+ws,Es=Ts+`/{YY}`,Ds=`{aa}`,Os=`{h}:{mm}`+Ds,ks=xs+Os,As=`:{ss}`,$=null;function js(e){let t=e*1e3,n=t*60,r=n*60,i=r*24,a=i*30,o=i*365,s=(e==1?Lo(10,0,3,gs).filter(hs):Lo(10,-3,0,gs)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,r,r*2,r*3,r*4,r*6,r*8,r*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),c=[[o,Ss,$,$,$,$,$,$,1],[i*28,`{MMM}`,Cs,$,$,$,$,$,1],[i,ws,Cs,$,$,$,$,$,1],[r,`{h}`+Ds,Es,$,Ts,$,$,$,1],[n,Os,Es,$,Ts,$,$,$,1],[t,As,Es+` `+Os,$,Ts+` `+Os,$,ks,$,1],[e,As+`.{fff}`,Es+` `+Os,$,Ts+` `+Os,$,ks,$,1]];function l(t){return(s,c,l,u,d,f)=>{let p=[],m=d>=o,h=d>=a&&d<o,g=t(l),_=Q(g*e,3),v=Vs(g.getFullYear(),m?0:g.getMonth(),h||m?1:g.getDate()),y=Q(v*e,3);if(h||m){let n=h?d/a:0,r=m?d/o:0,i=_==y?_:Q(Vs(v.getFullYear()+r,v.getMonth()+n,1)*e,3),s=new Date(lo(i/e)),c=s.getFullYear(),l=s.getMonth();for(let a=0;i<=u;a++){let o=Vs(c+r*a,l+n*a,1),s=o-t(Q(o*e,3));i=Q((+o+s)*e,3),i<=u&&p.push(i)}}else{let a=d>=i?i:d,o=y+(co(l)-co(_))+No(_-y,a);p.push(o);let m=t(o),h=m.getHours()+m.getMinutes()/n+m.getSeconds()/r,g=d/r,v=f/s.axes[c]._space;for(;o=Q(o+d,e==1?0:3),!(o>u);)if(g>1){let e=co(Q(h+g,6))%24,n=t(o).getHours()-e;n>1&&(n=-1),o-=n*r,h=(h+g)%24;let i=p[p.length-1];Q((o-i)/d,3)*v>=.7&&p.push(o)}else p.push(o)}return p}}return[s,c,l]}var[Ms,Ns,Ps]=js(1),[Fs,Is,Ls]=js(.001);Lo(2,-53,53,[1]);function Rs(e,t){return e.map(e=>e.map((n,r)=>r==0||r==8||n==null?n:t(r==1||e[8]==0?n:e[1]+n)))}function zs(e,t){return(n,r,i,a,o)=>{let s=t.find(e=>o>=e[0])||t[t.length-1],c,l,u,d,f,p;return r.map(t=>{let n=e(t),r=n.getFullYear(),i=n.getMonth(),a=n.getDate(),o=n.getHours(),m=n.getMinutes(),h=n.getSeconds(),g=r!=c&&s[2]||i!=l&&s[3]||a!=u&&s[4]||o!=d&&s[5]||m!=f&&s[6]||h!=p&&s[7]||s[1];return c=r,l=i,u=a,d=o,f=m,p=h,g(n)})}}function Bs(e,t){let n=ps(t);return(t,r,i,a,o)=>r.map(t=>n(e(t)))}function Vs(e,t,n){return new Date(e,t,n)}function Hs(e,t){return t(e)}var Us=`{YYYY}-{MM}-{DD} {h}:{mm}{aa}`;function Ws(e,t){return(n,r,i,a)=>a==null?ya:t(e(r))}function Gs(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function Ks(e,t){return e.series[t].fill(e,t)}var qs={show:!0,live:!0,isolate:!1,mount:wo,markers:{show:!0,width:2,stroke:Gs,fill:Ks,dash:`solid`},idx:null,idxs:null,values:[]};function Js(e,t){let n=e.cursor.points,r=Aa(),i=n.size(e,t);Oa(r,ta,i),Oa(r,na,i);let a=i/-2;Oa(r,`marginLeft`,a),Oa(r,`marginTop`,a);let o=n.width(e,t,i);return o&&Oa(r,`borderWidth`,o),r}function Ys(e,t){let n=e.series[t].points;return n._fill||n._stroke}function Xs(e,t){let n=e.series[t].points;return n._stroke||n._fill}function Zs(e,t){return e.series[t].points.size}var Qs=[0,0];function $s(e,t,n){return Qs[0]=t,Qs[1]=n,Qs}function ec(e,t,n,r=!0){return e=>{e.button!=0||r&&e.target!=t||n(e)}}function tc(e,t,n,r=!0){return e=>{r&&e.target!=t||n(e)}}var nc={show:!0,x:!0,y:!0,lock:!1,move:$s,points:{one:!1,show:Js,size:Zs,width:0,stroke:Xs,fill:Ys},bind:{mousedown:ec,mouseup:ec,click:ec,dblclick:ec,mousemove:tc,mouseleave:tc,mouseenter:tc},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,r,i)=>r-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},rc={show:!0,stroke:`rgba(0,0,0,0.07)`,width:2},ic=Xo({},rc,{filter:Eo}),ac=Xo({},ic,{size:10}),oc=Xo({},rc,{show:!1}),sc=`12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"`,cc=`bold `+sc,lc=1.5,uc={show:!0,scale:`x`,stroke:sa,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:cc,side:2,grid:ic,ticks:ac,border:oc,font:sc,lineGap:lc,rotate:0},dc=`Value`,fc=`Time`,pc={show:!0,scale:`x`,auto:!1,sorted:1,min:bo,max:-1/0,idxs:[]};function mc(e,t,n,r,i){return t.map(e=>e==null?``:io(e))}function hc(e,t,n,r,i,a,o){let s=[],c=Fo.get(i)||0;n=o?n:Q(No(n,i),c);for(let e=n;e<=r;e=Q(e+i,c))s.push(Object.is(e,-0)?0:e);return s}function gc(e,t,n,r,i,a,o){let s=[],c=e.scales[e.axes[t].scale].log;i=mo(c,co((c==10?go:_o)(n))),c==10&&(i=bs[Va(i,bs)]);let l=n,u=i*c;c==10&&(u=bs[Va(u,bs)]);do s.push(l),l+=i,c==10&&!Fo.has(l)&&(l=Q(l,Fo.get(i))),l>=u&&(i=l,u=i*c,c==10&&(u=bs[Va(u,bs)]));while(l<=r);return s}function _c(e,t,n,r,i,a,o){let s=e.scales[e.axes[t].scale].asinh,c=r>s?gc(e,t,po(s,n),r,i):[s],l=r>=0&&n<=0?[0]:[];return(n<-s?gc(e,t,po(s,-r),-n,i):[s]).reverse().map(e=>-e).concat(l,c)}var vc=/./,yc=/[12357]/,bc=/[125]/,xc=/1/,Sc=(e,t,n,r)=>e.map((e,i)=>t==4&&e==0||i%r==0&&n.test(e.toExponential()[+(e<0)])?e:null);function Cc(e,t,n,r,i){let a=e.axes[n],o=a.scale,s=e.scales[o],c=e.valToPos,l=a._space,u=c(10,o),d=c(9,o)-u>=l?vc:c(7,o)-u>=l?yc:c(5,o)-u>=l?bc:xc;if(d==xc){let e=so(c(1,o)-u);if(e<l)return Sc(t.slice().reverse(),s.distr,d,uo(l/e)).reverse()}return Sc(t,s.distr,d,1)}function wc(e,t,n,r,i){let a=e.axes[n],o=a.scale,s=a._space,c=e.valToPos,l=so(c(1,o)-c(2,o));return l<s?Sc(t.slice().reverse(),3,vc,uo(s/l)).reverse():t}function Tc(e,t,n,r){return r==null?ya:t==null?``:io(t)}var Ec={show:!0,scale:`y`,stroke:sa,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:cc,side:3,grid:ic,ticks:ac,border:oc,font:sc,lineGap:lc,rotate:0};function Dc(e,t){return Q((3+(e||1)*2)*t,3)}function Oc(e,t){let{scale:n,idxs:r}=e.series[0],i=e._data[0],a=e.valToPos(i[r[0]],n,!0),o=so(e.valToPos(i[r[1]],n,!0)-a)/(e.series[t].points.space*Y);return r[1]-r[0]<=o}var kc={scale:null,auto:!0,sorted:0,min:bo,max:-1/0},Ac=(e,t,n,r,i)=>i,jc={show:!0,auto:!0,sorted:0,gaps:Ac,alpha:1,facets:[Xo({},kc,{scale:`x`}),Xo({},kc,{scale:`y`})]},Mc={scale:`y`,auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ac,alpha:1,points:{show:Oc,filter:null},values:null,min:bo,max:-1/0,idxs:[],path:null,clip:null};function Nc(e,t,n,r,i){return n/10}var Pc={time:Pi,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Fc=Xo({},Pc,{time:!1,ori:1}),Ic={};function Lc(e,t){let n=Ic[e];return n||(n={key:e,plots:[],sub(e){n.plots.push(e)},unsub(e){n.plots=n.plots.filter(t=>t!=e)},pub(e,t,r,i,a,o,s){for(let c=0;c<n.plots.length;c++)n.plots[c]!=t&&n.plots[c].pub(e,t,r,i,a,o,s)}},e!=null&&(Ic[e]=n)),n}var Rc=1,zc=2;function Bc(e,t,n){let r=e.mode,i=e.series[t],a=r==2?e._data[t]:e._data,o=e.scales,s=e.bbox,c=a[0],l=r==2?a[1]:a[t],u=r==2?o[i.facets[0].scale]:o[e.series[0].scale],d=r==2?o[i.facets[1].scale]:o[i.scale],f=s.left,p=s.top,m=s.width,h=s.height,g=e.valToPosH,_=e.valToPosV;return u.ori==0?n(i,c,l,u,d,g,_,f,p,m,h,Yc,Zc,$c,tl,rl):n(i,c,l,u,d,_,g,p,f,h,m,Xc,Qc,el,nl,il)}function Vc(e,t){let n=0,r=0,i=X(e.bands,zo);for(let e=0;e<i.length;e++){let a=i[e];a.series[0]==t?n=a.dir:a.series[1]==t&&(a.dir==1?r|=1:r|=2)}return[n,r==1?-1:r==2?1:r==3?2:0]}function Hc(e,t,n,r,i){let a=e.mode,o=e.series[t],s=a==2?o.facets[1].scale:o.scale,c=e.scales[s];return i==-1?c.min:i==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function Uc(e,t,n,r,i,a){return Bc(e,t,(e,t,o,s,c,l,u,d,f,p,m)=>{let h=e.pxRound,g=s.dir*(s.ori==0?1:-1),_=s.ori==0?Zc:Qc,v,y;g==1?(v=n,y=r):(v=r,y=n);let b=h(l(t[v],s,p,d)),x=h(u(o[v],c,m,f)),S=h(l(t[y],s,p,d)),C=h(u(a==1?c.max:c.min,c,m,f)),w=new Path2D(i);return _(w,S,C),_(w,b,C),_(w,b,x),w})}function Wc(e,t,n,r,i,a){let o=null;if(e.length>0){o=new Path2D;let s=t==0?$c:el,c=n;for(let t=0;t<e.length;t++){let n=e[t];if(n[1]>n[0]){let e=n[0]-c;e>0&&s(o,c,r,e,r+a),c=n[1]}}let l=n+i-c;l>0&&s(o,c,r-5,l,r+a+10)}return o}function Gc(e,t,n){let r=e[e.length-1];r&&r[0]==t?r[1]=n:e.push([t,n])}function Kc(e,t,n,r,i,a,o){let s=[],c=e.length;for(let l=i==1?n:r;l>=n&&l<=r;l+=i)if(t[l]===null){let u=l,d=l;if(i==1)for(;++l<=r&&t[l]===null;)d=l;else for(;--l>=n&&t[l]===null;)d=l;let f=a(e[u]),p=d==u?f:a(e[d]),m=u-i;f=o<=0&&m>=0&&m<c?a(e[m]):f;let h=d+i;p=o>=0&&h>=0&&h<c?a(e[h]):p,p>=f&&s.push([f,p])}return s}function qc(e){return e==0?To:e==1?lo:t=>Mo(t,e)}function Jc(e){let t=e==0?Yc:Xc,n=e==0?(e,t,n,r,i,a)=>{e.arcTo(t,n,r,i,a)}:(e,t,n,r,i,a)=>{e.arcTo(n,t,i,r,a)},r=e==0?(e,t,n,r,i)=>{e.rect(t,n,r,i)}:(e,t,n,r,i)=>{e.rect(n,t,i,r)};return(e,i,a,o,s,c=0,l=0)=>{c==0&&l==0?r(e,i,a,o,s):(c=fo(c,o/2,s/2),l=fo(l,o/2,s/2),t(e,i+c,a),n(e,i+o,a,i+o,a+s,c),n(e,i+o,a+s,i,a+s,l),n(e,i,a+s,i,a,l),n(e,i,a,i+o,a,c),e.closePath())}}var Yc=(e,t,n)=>{e.moveTo(t,n)},Xc=(e,t,n)=>{e.moveTo(n,t)},Zc=(e,t,n)=>{e.lineTo(t,n)},Qc=(e,t,n)=>{e.lineTo(n,t)},$c=Jc(0),el=Jc(1),tl=(e,t,n,r,i,a)=>{e.arc(t,n,r,i,a)},nl=(e,t,n,r,i,a)=>{e.arc(n,t,r,i,a)},rl=(e,t,n,r,i,a,o)=>{e.bezierCurveTo(t,n,r,i,a,o)},il=(e,t,n,r,i,a,o)=>{e.bezierCurveTo(n,t,i,r,o,a)};function al(e){return(e,t,n,r,i)=>Bc(e,t,(t,a,o,s,c,l,u,d,f,p,m)=>{let{pxRound:h,points:g}=t,_,v;s.ori==0?(_=Yc,v=tl):(_=Xc,v=nl);let y=Q(g.width*Y,3),b=(g.size-g.width)/2*Y,x=Q(b*2,3),S=new Path2D,C=new Path2D,{left:w,top:T,width:E,height:D}=e.bbox;$c(C,w-x,T-x,E+x*2,D+x*2);let O=e=>{if(o[e]!=null){let t=h(l(a[e],s,p,d)),n=h(u(o[e],c,m,f));_(S,t+b,n),v(S,t,n,b,0,oo*2)}};if(i)i.forEach(O);else for(let e=n;e<=r;e++)O(e);return{stroke:y>0?S:null,fill:S,clip:C,flags:3}})}function ol(e){return(t,n,r,i,a,o)=>{r!=i&&(a!=r&&o!=r&&e(t,n,r),a!=i&&o!=i&&e(t,n,i),e(t,n,o))}}var sl=ol(Zc),cl=ol(Qc);function ll(e){let t=X(e?.alignGaps,0);return(e,n,r,i)=>Bc(e,n,(a,o,s,c,l,u,d,f,p,m,h)=>{[r,i]=Ga(s,r,i);let g=a.pxRound,_=e=>g(u(e,c,m,f)),v=e=>g(d(e,l,h,p)),y,b;c.ori==0?(y=Zc,b=sl):(y=Qc,b=cl);let x=c.dir*(c.ori==0?1:-1),S={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Rc},C=S.stroke,w=!1;if(i-r>=m*4){let t=t=>e.posToVal(t,c.key,!0),n=null,a=null,l,u,d,f=_(o[x==1?r:i]),p=_(o[r]),m=_(o[i]),h=t(x==1?p+1:m-1);for(let e=x==1?r:i;e>=r&&e<=i;e+=x){let r=o[e],i=(x==1?r<h:r>h)?f:_(r),c=s[e];i==f?c==null?c===null&&(w=!0):(u=c,n==null?(y(C,i,v(u)),l=n=a=u):u<n?n=u:u>a&&(a=u)):(n!=null&&b(C,f,v(n),v(a),v(l),v(u)),c==null?(n=a=null,c===null&&(w=!0)):(u=c,y(C,i,v(u)),n=a=l=u),f=i,h=t(f+x))}n!=null&&n!=a&&d!=f&&b(C,f,v(n),v(a),v(l),v(u))}else for(let e=x==1?r:i;e>=r&&e<=i;e+=x){let t=s[e];t===null?w=!0:t!=null&&y(C,_(o[e]),v(t))}let[T,E]=Vc(e,n);if(a.fill!=null||T!=0){let t=S.fill=new Path2D(C),s=v(a.fillTo(e,n,a.min,a.max,T)),c=_(o[r]),l=_(o[i]);x==-1&&([l,c]=[c,l]),y(t,l,s),y(t,c,s)}if(!a.spanGaps){let l=[];w&&l.push(...Kc(o,s,r,i,x,_,t)),S.gaps=l=a.gaps(e,n,r,i,l),S.clip=Wc(l,c.ori,f,p,m,h)}return E!=0&&(S.band=E==2?[Uc(e,n,r,i,C,-1),Uc(e,n,r,i,C,1)]:Uc(e,n,r,i,C,E)),S})}function ul(e){let t=X(e.align,1),n=X(e.ascDesc,!1),r=X(e.alignGaps,0),i=X(e.extend,!1);return(e,a,o,s)=>Bc(e,a,(c,l,u,d,f,p,m,h,g,_,v)=>{[o,s]=Ga(u,o,s);let y=c.pxRound,{left:b,width:x}=e.bbox,S=e=>y(p(e,d,_,h)),C=e=>y(m(e,f,v,g)),w=d.ori==0?Zc:Qc,T={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Rc},E=T.stroke,D=d.dir*(d.ori==0?1:-1),O=C(u[D==1?o:s]),ee=S(l[D==1?o:s]),te=ee,k=ee;i&&t==-1&&(k=b,w(E,k,O)),w(E,ee,O);for(let e=D==1?o:s;e>=o&&e<=s;e+=D){let n=u[e];if(n==null)continue;let r=S(l[e]),i=C(n);t==1?w(E,r,O):w(E,te,i),w(E,r,i),O=i,te=r}let ne=te;i&&t==1&&(ne=b+x,w(E,ne,O));let[re,ie]=Vc(e,a);if(c.fill!=null||re!=0){let t=T.fill=new Path2D(E),n=C(c.fillTo(e,a,c.min,c.max,re));w(t,ne,n),w(t,k,n)}if(!c.spanGaps){let i=[];i.push(...Kc(l,u,o,s,D,S,r));let f=c.width*Y/2,p=n||t==1?f:-f,m=n||t==-1?-f:f;i.forEach(e=>{e[0]+=p,e[1]+=m}),T.gaps=i=c.gaps(e,a,o,s,i),T.clip=Wc(i,d.ori,h,g,_,v)}return ie!=0&&(T.band=ie==2?[Uc(e,a,o,s,E,-1),Uc(e,a,o,s,E,1)]:Uc(e,a,o,s,E,ie)),T})}function dl(e,t,n,r,i,a,o=bo){if(e.length>1){let s=null;for(let c=0,l=1/0;c<e.length;c++)if(t[c]!==void 0){if(s!=null){let t=so(e[c]-e[s]);t<l&&(l=t,o=so(n(e[c],r,i,a)-n(e[s],r,i,a)))}s=c}}return o}function fl(e){e||=Ro;let t=X(e.size,[.6,bo,1]),n=e.align||0,r=e.gap||0,i=e.radius;i=i==null?[0,0]:typeof i==`number`?[i,0]:i;let a=Z(i),o=1-t[0],s=X(t[1],bo),c=X(t[2],1),l=X(e.disp,Ro),u=X(e.each,e=>{}),{fill:d,stroke:f}=l;return(e,t,i,p)=>Bc(e,t,(m,h,g,_,v,y,b,x,S,C,w)=>{let T=m.pxRound,E=n,D=r*Y,O=s*Y,ee=c*Y,te,k;_.ori==0?[te,k]=a(e,t):[k,te]=a(e,t);let ne=_.dir*(_.ori==0?1:-1),re=_.ori==0?$c:el,ie=_.ori==0?u:(e,t,n,r,i,a,o)=>{u(e,t,n,i,r,o,a)},ae=X(e.bands,zo).find(e=>e.series[0]==t),oe=ae==null?0:ae.dir,se=m.fillTo(e,t,m.min,m.max,oe),ce=T(b(se,v,w,S)),A,le,ue,j=C,de=T(m.width*Y),fe=!1,pe=null,M=null,me=null,he=null;d!=null&&(de==0||f!=null)&&(fe=!0,pe=d.values(e,t,i,p),M=new Map,new Set(pe).forEach(e=>{e!=null&&M.set(e,new Path2D)}),de>0&&(me=f.values(e,t,i,p),he=new Map,new Set(me).forEach(e=>{e!=null&&he.set(e,new Path2D)})));let{x0:ge,size:_e}=l;if(ge!=null&&_e!=null){E=1,h=ge.values(e,t,i,p),ge.unit==2&&(h=h.map(t=>e.posToVal(x+t*C,_.key,!0)));let n=_e.values(e,t,i,p);le=_e.unit==2?n[0]*C:y(n[0],_,C,x)-y(0,_,C,x),j=dl(h,g,y,_,C,x,j),ue=j-le+D}else j=dl(h,g,y,_,C,x,j),ue=j*o+D,le=j-ue;ue<1&&(ue=0),de>=le/2&&(de=0),ue<5&&(T=To);let ve=ue>0,ye=j-ue-(ve?de:0);le=T(So(ye,ee,O)),A=(E==0?le/2:E==ne?0:le)-E*ne*((E==0?D/2:0)+(ve?de/2:0));let be={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},xe=fe?null:new Path2D,Se=null;if(ae!=null)Se=e.data[ae.series[1]];else{let{y0:n,y1:r}=l;n!=null&&r!=null&&(g=r.values(e,t,i,p),Se=n.values(e,t,i,p))}let Ce=te*le,we=k*le;for(let n=ne==1?i:p;n>=i&&n<=p;n+=ne){let r=g[n];if(r==null)continue;if(Se!=null){let e=Se[n]??0;if(r-e==0)continue;ce=b(e,v,w,S)}let i=y(_.distr!=2||l!=null?h[n]:n,_,C,x),a=b(X(r,se),v,w,S),o=T(i-A),s=T(po(a,ce)),c=T(fo(a,ce)),u=s-c;if(r!=null){let i=r<0?we:Ce,a=r<0?Ce:we;fe?(de>0&&me[n]!=null&&re(he.get(me[n]),o,c+co(de/2),le,po(0,u-de),i,a),pe[n]!=null&&re(M.get(pe[n]),o,c+co(de/2),le,po(0,u-de),i,a)):re(xe,o,c+co(de/2),le,po(0,u-de),i,a),ie(e,t,n,o-de/2,c,le+de,u)}}return de>0?be.stroke=fe?he:xe:fe||(be._fill=m.width==0?m._fill:m._stroke??m._fill,be.width=0),be.fill=fe?M:xe,be})}function pl(e,t){let n=X(t?.alignGaps,0);return(t,r,i,a)=>Bc(t,r,(o,s,c,l,u,d,f,p,m,h,g)=>{[i,a]=Ga(c,i,a);let _=o.pxRound,v=e=>_(d(e,l,h,p)),y=e=>_(f(e,u,g,m)),b,x,S;l.ori==0?(b=Yc,S=Zc,x=rl):(b=Xc,S=Qc,x=il);let C=l.dir*(l.ori==0?1:-1),w=v(s[C==1?i:a]),T=w,E=[],D=[];for(let e=C==1?i:a;e>=i&&e<=a;e+=C)if(c[e]!=null){let t=v(s[e]);E.push(T=t),D.push(y(c[e]))}let O={stroke:e(E,D,b,S,x,_),fill:null,clip:null,band:null,gaps:null,flags:Rc},ee=O.stroke,[te,k]=Vc(t,r);if(o.fill!=null||te!=0){let e=O.fill=new Path2D(ee),n=y(o.fillTo(t,r,o.min,o.max,te));S(e,T,n),S(e,w,n)}if(!o.spanGaps){let e=[];e.push(...Kc(s,c,i,a,C,v,n)),O.gaps=e=o.gaps(t,r,i,a,e),O.clip=Wc(e,l.ori,p,m,h,g)}return k!=0&&(O.band=k==2?[Uc(t,r,i,a,ee,-1),Uc(t,r,i,a,ee,1)]:Uc(t,r,i,a,ee,k)),O})}function ml(e){return pl(hl,e)}function hl(e,t,n,r,i,a){let o=e.length;if(o<2)return null;let s=new Path2D;if(n(s,e[0],t[0]),o==2)r(s,e[1],t[1]);else{let n=Array(o),r=Array(o-1),a=Array(o-1),c=Array(o-1);for(let n=0;n<o-1;n++)a[n]=t[n+1]-t[n],c[n]=e[n+1]-e[n],r[n]=a[n]/c[n];n[0]=r[0];for(let e=1;e<o-1;e++)r[e]===0||r[e-1]===0||r[e-1]>0!=r[e]>0?n[e]=0:(n[e]=3*(c[e-1]+c[e])/((2*c[e]+c[e-1])/r[e-1]+(c[e]+2*c[e-1])/r[e]),isFinite(n[e])||(n[e]=0));n[o-1]=r[o-2];for(let r=0;r<o-1;r++)i(s,e[r]+c[r]/3,t[r]+n[r]*c[r]/3,e[r+1]-c[r]/3,t[r+1]-n[r+1]*c[r]/3,e[r+1],t[r+1])}return s}var gl=new Set;function _l(){for(let e of gl)e.syncRect(!0)}ba&&(za(ha,Sa,_l),za(ga,Sa,_l,!0),za(va,Sa,()=>{Nl.pxRatio=Y}));var vl=ll(),yl=al();function bl(e,t,n,r){return(r?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((e,r)=>Sl(e,r,t,n))}function xl(e,t){return e.map((e,n)=>n==0?{}:Xo({},t,e))}function Sl(e,t,n,r){return Xo({},t==0?n:r,e)}function Cl(e,t,n){return t==null?Bo:[t,n]}var wl=Cl;function Tl(e,t,n){return t==null?Bo:eo(t,n,Xa,!0)}function El(e,t,n,r){return t==null?Bo:Ja(t,n,e.scales[r].log,!1)}var Dl=El;function Ol(e,t,n,r){return t==null?Bo:Ya(t,n,e.scales[r].log,!1)}var kl=Ol;function Al(e,t,n,r,i){let a=po(xo(e),xo(t)),o=t-e,s=Va(i/r*o,n);do{let e=n[s],t=r*e/o;if(t>=i&&a+(e<5?Fo.get(e):0)<=17)return[e,t]}while(++s<n.length);return[0,0]}function jl(e){let t,n;return e=e.replace(/(\d+)px/,(e,r)=>(t=lo((n=+r)*Y))+`px`),[e,t,n]}function Ml(e){e.show&&[e.font,e.labelFont].forEach(e=>{let t=Q(e[2]*Y,1);e[0]=e[0].replace(/[0-9.]+px/,t+`px`),e[1]=t})}function Nl(e,t,n){let r={mode:X(e.mode,1)},i=r.mode;function a(e,t,n,r){let i=t.valToPct(e);return r+n*(t.dir==-1?1-i:i)}function o(e,t,n,r){let i=t.valToPct(e);return r+n*(t.dir==-1?i:1-i)}function s(e,t,n,r){return t.ori==0?a(e,t,n,r):o(e,t,n,r)}r.valToPosH=a,r.valToPosV=o;let c=!1;r.status=0;let l=r.root=Aa(Fi);if(e.id!=null&&(l.id=e.id),Ea(l,e.class),e.title){let t=Aa(Ri,l);t.textContent=e.title}let u=ka(`canvas`),d=r.ctx=u.getContext(`2d`),f=Aa(zi,l);za(`click`,f,e=>{e.target===m&&(z!=tn||B!=nn)&&on.click(r,e)},!0);let p=r.under=Aa(Bi,f);f.appendChild(u);let m=r.over=Aa(Vi,f);e=Yo(e);let h=+X(e.pxAlign,1),g=qc(h);(e.plugins||[]).forEach(t=>{t.opts&&(e=t.opts(r,e)||e)});let _=e.ms||.001,v=r.series=i==1?bl(e.series||[],pc,Mc,!1):xl(e.series||[null],jc),y=r.axes=bl(e.axes||[],uc,Ec,!0),b=r.scales={},x=r.bands=e.bands||[];x.forEach(e=>{e.fill=Z(e.fill||null),e.dir=X(e.dir,-1)});let S=i==2?v[1].facets[0].scale:v[0].scale,C={axes:Bt,series:kt},w=(e.drawOrder||[`axes`,`series`]).map(e=>C[e]);function T(e){let t=e.distr==3?t=>go(t>0?t:e.clamp(r,t,e.min,e.max,e.key)):e.distr==4?t=>yo(t,e.asinh):e.distr==100?t=>e.fwd(t):e=>e;return n=>{let r=t(n),{_min:i,_max:a}=e,o=a-i;return(r-i)/o}}function E(t){let n=b[t];if(n==null){let r=(e.scales||Ro)[t]||Ro;if(r.from!=null){E(r.from);let e=Xo({},b[r.from],r,{key:t});e.valToPct=T(e),b[t]=e}else{n=b[t]=Xo({},t==S?Pc:Fc,r),n.key=t;let e=n.time,a=n.range,o=Vo(a);if((t!=S||i==2&&!e)&&(o&&(a[0]==null||a[1]==null)&&(a={min:a[0]==null?Za:{mode:1,hard:a[0],soft:a[0]},max:a[1]==null?Za:{mode:1,hard:a[1],soft:a[1]}},o=!1),!o&&Go(a))){let e=a;a=(t,n,r)=>n==null?Bo:eo(n,r,e)}n.range=Z(a||(e?wl:t==S?n.distr==3?Dl:n.distr==4?kl:Cl:n.distr==3?El:n.distr==4?Ol:Tl)),n.auto=Z(!o&&n.auto),n.clamp=Z(n.clamp||Nc),n._min=n._max=null,n.valToPct=T(n)}}}E(`x`),E(`y`),i==1&&v.forEach(e=>{E(e.scale)}),y.forEach(e=>{E(e.scale)});for(let t in e.scales)E(t);let D=b[S],O=D.distr,ee,te;D.ori==0?(Ea(l,Ii),ee=a,te=o):(Ea(l,Li),ee=o,te=a);let k={};for(let e in b){let t=b[e];(t.min!=null||t.max!=null)&&(k[e]={min:t.min,max:t.max},t.min=t.max=null)}let ne=e.tzDate||(e=>new Date(lo(e/_))),re=e.fmtDate||ps,ie=_==1?Ps(ne):Ls(ne),ae=zs(ne,Rs(_==1?Ns:Is,re)),oe=Ws(ne,Hs(Us,re)),se=[],ce=r.legend=Xo({},qs,e.legend),A=r.cursor=Xo({},nc,{drag:{y:i==2}},e.cursor),le=ce.show,ue=A.show,j=ce.markers;ce.idxs=se,j.width=Z(j.width),j.dash=Z(j.dash),j.stroke=Z(j.stroke),j.fill=Z(j.fill);let de,fe,pe,M=[],me=[],he,ge=!1,_e={};if(ce.live){let e=v[1]?v[1].values:null;ge=e!=null,he=ge?e(r,1,0):{_:0};for(let e in he)_e[e]=ya}if(le){if(de=ka(`table`,Ji,l),pe=ka(`tbody`,null,de),ce.mount(r,de),ge){fe=ka(`thead`,null,de,pe);let e=ka(`tr`,null,fe);for(var ve in ka(`th`,null,e),he)ka(`th`,$i,e).textContent=ve}else Ea(de,Xi),ce.live&&Ea(de,Yi)}let ye={show:!0},be={show:!1};function xe(e,t){if(t==0&&(ge||!ce.live||i==2))return Bo;let n=[],a=ka(`tr`,Zi,pe,pe.childNodes[t]);Ea(a,e.class),e.show||Ea(a,Ui);let o=ka(`th`,null,a);if(j.show){let e=Aa(Qi,o);if(t>0){let n=j.width(r,t);n&&(e.style.border=n+`px `+j.dash(r,t)+` `+j.stroke(r,t)),e.style.background=j.fill(r,t)}}let s=Aa($i,o);for(var c in e.label instanceof HTMLElement?s.appendChild(e.label):s.textContent=e.label,t>0&&(j.show||(s.style.color=e.width>0?j.stroke(r,t):j.fill(r,t)),Ce(`click`,o,t=>{if(A._lock)return;I(t);let n=v.indexOf(e);if((t.ctrlKey||t.metaKey)!=ce.isolate){let e=v.some((e,t)=>t>0&&t!=n&&e.show);v.forEach((t,r)=>{r>0&&pn(r,e?r==n?ye:be:ye,!0,U.setSeries)})}else pn(n,{show:!e.show},!0,U.setSeries)},!1),Ye&&Ce(fa,o,t=>{A._lock||(I(t),pn(v.indexOf(e),vn,!0,U.setSeries))},!1)),he){let e=ka(`td`,ea,a);e.textContent=`--`,n.push(e)}return[a,n]}let Se=new Map;function Ce(e,t,n,i=!0){let a=Se.get(t)||{},o=A.bind[e](r,t,n,i);o&&(za(e,t,a[e]=o),Se.set(t,a))}function we(e,t,n){let r=Se.get(t)||{};for(let n in r)(e==null||n==e)&&(Ba(n,t,r[n]),delete r[n]);e??Se.delete(t)}let Te=0,N=0,P=0,F=0,Ee=0,De=0,Oe=Ee,ke=De,Ae=P,je=F,Me=0,Ne=0,Pe=0,Fe=0;r.bbox={};let Ie=!1,Le=!1,Re=!1,ze=!1,Be=!1,Ve=!1;function He(e,t,n){(n||e!=r.width||t!=r.height)&&Ue(e,t),Vt(!1),Re=!0,Le=!0,Kt()}function Ue(e,t){r.width=Te=P=e,r.height=N=F=t,Ee=De=0,Ge(),Ke();let n=r.bbox;Me=n.left=Mo(Ee*Y,.5),Ne=n.top=Mo(De*Y,.5),Pe=n.width=Mo(P*Y,.5),Fe=n.height=Mo(F*Y,.5)}function We(){let e=!1,t=0;for(;!e;){t++;let n=Rt(t),i=zt(t);e=t==3||n&&i,e||(Ue(r.width,r.height),Le=!0)}}r.setSize=function({width:e,height:t}){He(e,t)};function Ge(){let e=!1,t=!1,n=!1,r=!1;y.forEach((i,a)=>{if(i.show&&i._show){let{side:a,_size:o}=i,s=a%2,c=o+(i.label==null?0:i.labelSize);c>0&&(s?(P-=c,a==3?(Ee+=c,r=!0):n=!0):(F-=c,a==0?(De+=c,e=!0):t=!0))}}),R[0]=e,R[1]=n,R[2]=t,R[3]=r,P-=it[1]+it[3],Ee+=it[3],F-=it[2]+it[0],De+=it[0]}function Ke(){let e=Ee+P,t=De+F,n=Ee,r=De;function i(i,a){switch(i){case 1:return e+=a,e-a;case 2:return t+=a,t-a;case 3:return n-=a,n+a;case 0:return r-=a,r+a}}y.forEach((e,t)=>{if(e.show&&e._show){let t=e.side;e._pos=i(t,e._size),e.label!=null&&(e._lpos=i(t,e.labelSize))}})}if(A.dataIdx==null){let e=A.hover,n=e.skip=new Set(e.skip??[]);n.add(void 0);let r=e.prox=Z(e.prox),i=e.bias??=0;A.dataIdx=(e,a,o,s)=>{if(a==0)return o;let c=o,l=r(e,a,o,s)??bo,u=l>=0&&l<bo,d=D.ori==0?P:F,f=A.left,p=t[0],m=t[a];if(n.has(m[o])){c=null;let e=null,t=null,r;if(i==0||i==-1)for(r=o;e==null&&r-->0;)n.has(m[r])||(e=r);if(i==0||i==1)for(r=o;t==null&&r++<m.length;)n.has(m[r])||(t=r);if(e!=null||t!=null){if(u){let n=e==null?-1/0:ee(p[e],D,d,0),r=t==null?1/0:ee(p[t],D,d,0),i=f-n,a=r-f;i<=a?i<=l&&(c=e):a<=l&&(c=t)}else c=t==null?e:e==null?t:o-e<=t-o?e:t}}else u&&so(f-ee(p[o],D,d,0))>l&&(c=null);return c}}let I=e=>{A.event=e};A.idxs=se,A._lock=!1;let qe=A.points;qe.show=Z(qe.show),qe.size=Z(qe.size),qe.stroke=Z(qe.stroke),qe.width=Z(qe.width),qe.fill=Z(qe.fill);let Je=r.focus=Xo({},e.focus||{alpha:.3},A.focus),Ye=Je.prox>=0,L=Ye&&qe.one,Xe=[],Ze=[],Qe=[];function $e(e,t){let n=qe.show(r,t);if(n instanceof HTMLElement)return Ea(n,qi),Ea(n,e.class),Ma(n,-10,-10,P,F),m.insertBefore(n,Xe[t]),n}function et(e,t){if(i==1||t>0){let t=i==1&&b[e.scale].time,n=e.value;e.value=t?Wo(n)?Ws(ne,Hs(n,re)):n||oe:n||Tc,e.label=e.label||(t?fc:dc)}if(L||t>0){e.width=e.width==null?1:e.width,e.paths=e.paths||vl||Do,e.fillTo=Z(e.fillTo||Hc),e.pxAlign=+X(e.pxAlign,h),e.pxRound=qc(e.pxAlign),e.stroke=Z(e.stroke||null),e.fill=Z(e.fill||null),e._stroke=e._fill=e._paths=e._focus=null;let t=Dc(po(1,e.width),1),n=e.points=Xo({},{size:t,width:po(1,t*.2),stroke:e.stroke,space:t*2,paths:yl,_stroke:null,_fill:null},e.points);n.show=Z(n.show),n.filter=Z(n.filter),n.fill=Z(n.fill),n.stroke=Z(n.stroke),n.paths=Z(n.paths),n.pxAlign=e.pxAlign}if(le){let n=xe(e,t);M.splice(t,0,n[0]),me.splice(t,0,n[1]),ce.values.push(null)}if(ue){se.splice(t,0,null);let n=null;L?t==0&&(n=$e(e,t)):t>0&&(n=$e(e,t)),Xe.splice(t,0,n),Ze.splice(t,0,0),Qe.splice(t,0,0)}Kn(`addSeries`,t)}r.addSeries=function(e,t){t??=v.length,e=i==1?Sl(e,t,pc,Mc):Sl(e,t,{},jc),v.splice(t,0,e),et(v[t],t)},r.delSeries=function(e){if(v.splice(e,1),le){ce.values.splice(e,1),me.splice(e,1);let t=M.splice(e,1)[0];we(null,t.firstChild),t.remove()}ue&&(se.splice(e,1),Xe.splice(e,1)[0].remove(),Ze.splice(e,1),Qe.splice(e,1)),Kn(`delSeries`,e)};let R=[!1,!1,!1,!1];function tt(e,t){if(e._show=e.show,e.show){let n=e.side%2,i=b[e.scale];i??=(e.scale=n?v[1].scale:S,b[e.scale]);let a=i.time;e.size=Z(e.size),e.space=Z(e.space),e.rotate=Z(e.rotate),Vo(e.incrs)&&e.incrs.forEach(e=>{!Fo.has(e)&&Fo.set(e,Io(e))}),e.incrs=Z(e.incrs||(i.distr==2?ys:a?_==1?Ms:Fs:bs)),e.splits=Z(e.splits||(a&&i.distr==1?ie:i.distr==3?gc:i.distr==4?_c:hc)),e.stroke=Z(e.stroke),e.grid.stroke=Z(e.grid.stroke),e.ticks.stroke=Z(e.ticks.stroke),e.border.stroke=Z(e.border.stroke);let o=e.values;e.values=Vo(o)&&!Vo(o[0])?Z(o):a?Vo(o)?zs(ne,Rs(o,re)):Wo(o)?Bs(ne,o):o||ae:o||mc,e.filter=Z(e.filter||(i.distr>=3&&i.log==10?Cc:i.distr==3&&i.log==2?wc:Eo)),e.font=jl(e.font),e.labelFont=jl(e.labelFont),e._size=e.size(r,null,t,0),e._space=e._rotate=e._incrs=e._found=e._splits=e._values=null,e._size>0&&(R[t]=!0,e._el=Aa(Hi,f))}}function nt(e,t,n,r){let[i,a,o,s]=n,c=t%2,l=0;return c==0&&(s||a)&&(l=t==0&&!i||t==2&&!o?lo(uc.size/3):0),c==1&&(i||o)&&(l=t==1&&!a||t==3&&!s?lo(Ec.size/2):0),l}let rt=r.padding=(e.padding||[nt,nt,nt,nt]).map(e=>Z(X(e,nt))),it=r._padding=rt.map((e,t)=>e(r,t,R,0)),at,ot=null,st=null,ct=i==1?v[0].idxs:null,lt=null,ut=!1;function dt(e,n){if(t=e??[],r.data=r._data=t,i==2){at=0;for(let e=1;e<v.length;e++)at+=t[e][0].length}else{t.length==0&&(r.data=r._data=t=[[]]),lt=t[0],at=lt.length;let e=t;if(O==2){e=t.slice();let n=e[0]=Array(at);for(let e=0;e<at;e++)n[e]=e}r._data=t=e}if(Vt(!0),Kn(`setData`),O==2&&(Re=!0),n!==!1){let e=D;e.auto(r,ut)?ft():fn(S,e.min,e.max),ze||=A.left>=0,Ve=!0,Kt()}}r.setData=dt;function ft(){ut=!0;let e,n;i==1&&(at>0?(ot=ct[0]=0,st=ct[1]=at-1,e=t[0][ot],n=t[0][st],O==2?(e=ot,n=st):e==n&&(O==3?[e,n]=Ja(e,e,D.log,!1):O==4?[e,n]=Ya(e,e,D.log,!1):D.time?n=e+lo(86400/_):[e,n]=eo(e,n,Xa,!0))):(ot=ct[0]=e=null,st=ct[1]=n=null)),fn(S,e,n)}let pt,mt,ht,gt,_t,vt,yt,bt,xt,St;function Ct(e,t,n,r,i,a){e??=ca,n??=zo,r??=`butt`,i??=ca,a??=`round`,e!=pt&&(d.strokeStyle=pt=e),i!=mt&&(d.fillStyle=mt=i),t!=ht&&(d.lineWidth=ht=t),a!=_t&&(d.lineJoin=_t=a),r!=vt&&(d.lineCap=vt=r),n!=gt&&d.setLineDash(gt=n)}function wt(e,t,n,r){t!=mt&&(d.fillStyle=mt=t),e!=yt&&(d.font=yt=e),n!=bt&&(d.textAlign=bt=n),r!=xt&&(d.textBaseline=xt=r)}function Tt(e,t,n,i,a=0){if(i.length>0&&e.auto(r,ut)&&(t==null||t.min==null)){let t=X(ot,0),r=X(st,i.length-1),o=n.min==null?qa(i,t,r,a,e.distr==3):[n.min,n.max];e.min=fo(e.min,n.min=o[0]),e.max=po(e.max,n.max=o[1])}}let Et={min:null,max:null};function Dt(){for(let e in b){let t=b[e];k[e]==null&&(t.min==null||k[S]!=null&&t.auto(r,ut))&&(k[e]=Et)}for(let e in b){let t=b[e];k[e]==null&&t.from!=null&&k[t.from]!=null&&(k[e]=Et)}k[S]!=null&&Vt(!0);let e={};for(let t in k){let n=k[t];if(n!=null){let a=e[t]=Yo(b[t],Ko);if(n.min!=null)Xo(a,n);else if(t!=S||i==2){if(at==0&&a.from==null){let e=a.range(r,null,null,t);a.min=e[0],a.max=e[1]}else a.min=bo,a.max=-1/0}}}if(at>0){v.forEach((n,a)=>{if(i==1){let i=n.scale,o=k[i];if(o==null)return;let s=e[i];if(a==0){let e=s.range(r,s.min,s.max,i);s.min=e[0],s.max=e[1],ot=Va(s.min,t[0]),st=Va(s.max,t[0]),st-ot>1&&(t[0][ot]<s.min&&ot++,t[0][st]>s.max&&st--),n.min=lt[ot],n.max=lt[st]}else n.show&&n.auto&&Tt(s,o,n,t[a],n.sorted);n.idxs[0]=ot,n.idxs[1]=st}else if(a>0&&n.show&&n.auto){let[r,i]=n.facets,o=r.scale,s=i.scale,[c,l]=t[a],u=e[o],d=e[s];u!=null&&Tt(u,k[o],r,c,r.sorted),d!=null&&Tt(d,k[s],i,l,i.sorted),n.min=i.min,n.max=i.max}});for(let t in e){let n=e[t],i=k[t];if(n.from==null&&(i==null||i.min==null)){let e=n.range(r,n.min==bo?null:n.min,n.max==-1/0?null:n.max,t);n.min=e[0],n.max=e[1]}}}for(let t in e){let n=e[t];if(n.from!=null){let i=e[n.from];if(i.min==null)n.min=n.max=null;else{let e=n.range(r,i.min,i.max,t);n.min=e[0],n.max=e[1]}}}let n={},a=!1;for(let t in e){let r=e[t],i=b[t];if(i.min!=r.min||i.max!=r.max){i.min=r.min,i.max=r.max;let e=i.distr;i._min=e==3?go(i.min):e==4?yo(i.min,i.asinh):e==100?i.fwd(i.min):i.min,i._max=e==3?go(i.max):e==4?yo(i.max,i.asinh):e==100?i.fwd(i.max):i.max,n[t]=a=!0}}if(a){v.forEach((e,t)=>{i==2?t>0&&n.y&&(e._paths=null):n[e.scale]&&(e._paths=null)});for(let e in n)Re=!0,Kn(`setScale`,e);ue&&A.left>=0&&(ze=Ve=!0)}for(let e in k)k[e]=null}function Ot(e){let t=So(ot-1,0,at-1),n=So(st+1,0,at-1);for(;e[t]==null&&t>0;)t--;for(;e[n]==null&&n<at-1;)n++;return[t,n]}function kt(){if(at>0){let e=v.some(e=>e._focus)&&St!=Je.alpha;e&&(d.globalAlpha=St=Je.alpha),v.forEach((e,n)=>{if(n>0&&e.show&&(At(n,!1),At(n,!0),e._paths==null)){let a=St;St!=e.alpha&&(d.globalAlpha=St=e.alpha);let o=i==2?[0,t[n][0].length-1]:Ot(t[n]);e._paths=e.paths(r,n,o[0],o[1]),St!=a&&(d.globalAlpha=St=a)}}),v.forEach((e,t)=>{if(t>0&&e.show){let n=St;St!=e.alpha&&(d.globalAlpha=St=e.alpha),e._paths!=null&&jt(t,!1);{let n=e._paths==null?null:e._paths.gaps,i=e.points.show(r,t,ot,st,n),a=e.points.filter(r,t,i,n);(i||a)&&(e.points._paths=e.points.paths(r,t,ot,st,a),jt(t,!0))}St!=n&&(d.globalAlpha=St=n),Kn(`drawSeries`,t)}}),e&&(d.globalAlpha=St=1)}}function At(e,t){let n=t?v[e].points:v[e];n._stroke=n.stroke(r,e),n._fill=n.fill(r,e)}function jt(e,t){let n=t?v[e].points:v[e],{stroke:r,fill:i,clip:a,flags:o,_stroke:s=n._stroke,_fill:c=n._fill,_width:l=n.width}=n._paths;l=Q(l*Y,3);let u=null,f=l%2/2;t&&c==null&&(c=l>0?`#fff`:s);let p=n.pxAlign==1&&f>0;if(p&&d.translate(f,f),!t){let e=Me-l/2,t=Ne-l/2,n=Pe+l,r=Fe+l;u=new Path2D,u.rect(e,t,n,r)}t?Nt(s,l,n.dash,n.cap,c,r,i,o,a):Mt(e,s,l,n.dash,n.cap,c,r,i,o,u,a),p&&d.translate(-f,-f)}function Mt(e,n,i,a,o,s,c,l,u,d,f){let p=!1;u!=0&&x.forEach((m,h)=>{if(m.series[0]==e){let e=v[m.series[1]],g=t[m.series[1]],_=(e._paths||Ro).band;Vo(_)&&(_=m.dir==1?_[0]:_[1]);let y,b=null;e.show&&_&&to(g,ot,st)?(b=m.fill(r,h)||s,y=e._paths.clip):_=null,Nt(n,i,a,o,b,c,l,u,d,f,y,_),p=!0}}),p||Nt(n,i,a,o,s,c,l,u,d,f)}function Nt(e,t,n,r,i,a,o,s,c,l,u,f){Ct(e,t,n,r,i),(c||l||f)&&(d.save(),c&&d.clip(c),l&&d.clip(l)),f?(s&3)==3?(d.clip(f),u&&d.clip(u),Ft(i,o),Pt(e,a,t)):s&zc?(Ft(i,o),d.clip(f),Pt(e,a,t)):s&Rc&&(d.save(),d.clip(f),u&&d.clip(u),Ft(i,o),d.restore(),Pt(e,a,t)):(Ft(i,o),Pt(e,a,t)),(c||l||f)&&d.restore()}function Pt(e,t,n){n>0&&(t instanceof Map?t.forEach((e,t)=>{d.strokeStyle=pt=t,d.stroke(e)}):t!=null&&e&&d.stroke(t))}function Ft(e,t){t instanceof Map?t.forEach((e,t)=>{d.fillStyle=mt=t,d.fill(e)}):t!=null&&e&&d.fill(t)}function It(e,t,n,i){let a=y[e],o;if(i<=0)o=[0,0];else{let s=a._space=a.space(r,e,t,n,i);o=Al(t,n,a._incrs=a.incrs(r,e,t,n,i,s),i,s)}return a._found=o}function Lt(e,t,n,r,i,a,o,s,c,l){let u=o%2/2;h==1&&d.translate(u,u),Ct(s,o,c,l,s),d.beginPath();let f,p,m,g,_=i+(r==0||r==3?-a:a);n==0?(p=i,g=_):(f=i,m=_);for(let r=0;r<e.length;r++)t[r]!=null&&(n==0?f=m=e[r]:p=g=e[r],d.moveTo(f,p),d.lineTo(m,g));d.stroke(),h==1&&d.translate(-u,-u)}function Rt(e){let t=!0;return y.forEach((n,i)=>{if(!n.show)return;let a=b[n.scale];if(a.min==null){n._show&&(t=!1,n._show=!1,Vt(!1));return}n._show||(t=!1,n._show=!0,Vt(!1));let o=n.side,s=o%2,{min:c,max:l}=a,[u,d]=It(i,c,l,s==0?P:F);if(d==0)return;let f=a.distr==2,p=n._splits=n.splits(r,i,c,l,u,d,f),m=a.distr==2?p.map(e=>lt[e]):p,h=a.distr==2?lt[p[1]]-lt[p[0]]:u,g=n._values=n.values(r,n.filter(r,m,i,d,h),i,d,h);n._rotate=o==2?n.rotate(r,g,i,d):0;let _=n._size;n._size=uo(n.size(r,g,i,e)),_!=null&&n._size!=_&&(t=!1)}),t}function zt(e){let t=!0;return rt.forEach((n,i)=>{let a=n(r,i,R,e);a!=it[i]&&(t=!1),it[i]=a}),t}function Bt(){for(let e=0;e<y.length;e++){let t=y[e];if(!t.show||!t._show)continue;let n=t.side,i=n%2,a,o,c=t.stroke(r,e),l=n==0||n==3?-1:1,[u,f]=t._found;if(t.label!=null){let s=t.labelGap*l,p=lo((t._lpos+s)*Y);wt(t.labelFont[0],c,`center`,n==2?ra:ia),d.save(),i==1?(a=o=0,d.translate(p,lo(Ne+Fe/2)),d.rotate((n==3?-oo:oo)/2)):(a=lo(Me+Pe/2),o=p);let m=Co(t.label)?t.label(r,e,u,f):t.label;d.fillText(m,a,o),d.restore()}if(f==0)continue;let p=b[t.scale],m=i==0?Pe:Fe,h=i==0?Me:Ne,_=t._splits,v=p.distr==2?_.map(e=>lt[e]):_,x=p.distr==2?lt[_[1]]-lt[_[0]]:u,S=t.ticks,C=t.border,w=S.show?S.size:0,T=lo(w*Y),E=lo((t.alignTo==2?t._size-w-t.gap:t.gap)*Y),D=t._rotate*-oo/180,O=g(t._pos*Y),ee=O+(T+E)*l;o=i==0?ee:0,a=i==1?ee:0,wt(t.font[0],c,t.align==1?aa:t.align==2?oa:D>0?aa:D<0?oa:i==0?`center`:n==3?oa:aa,D||i==1?`middle`:n==2?ra:ia);let te=t.font[1]*t.lineGap,k=_.map(e=>g(s(e,p,m,h))),ne=t._values;for(let e=0;e<ne.length;e++){let t=ne[e];if(t!=null){i==0?a=k[e]:o=k[e],t=``+t;let n=t.indexOf(`
`)==-1?[t]:t.split(/\n/gm);for(let e=0;e<n.length;e++){let t=n[e];D?(d.save(),d.translate(a,o+e*te),d.rotate(D),d.fillText(t,0,0),d.restore()):d.fillText(t,a,o+e*te)}}}S.show&&Lt(k,S.filter(r,v,e,f,x),i,n,O,T,Q(S.width*Y,3),S.stroke(r,e),S.dash,S.cap);let re=t.grid;re.show&&Lt(k,re.filter(r,v,e,f,x),i,i==0?2:1,i==0?Ne:Me,i==0?Fe:Pe,Q(re.width*Y,3),re.stroke(r,e),re.dash,re.cap),C.show&&Lt([O],[1],+(i==0),i==0?1:2,i==1?Ne:Me,i==1?Fe:Pe,Q(C.width*Y,3),C.stroke(r,e),C.dash,C.cap)}Kn(`drawAxes`)}function Vt(e){v.forEach((t,n)=>{n>0&&(t._paths=null,e&&(i==1?(t.min=null,t.max=null):t.facets.forEach(e=>{e.min=null,e.max=null})))})}let Ht=!1,Ut=!1,Wt=[];function Gt(){Ut=!1;for(let e=0;e<Wt.length;e++)Kn(...Wt[e]);Wt.length=0}function Kt(){Ht||=(ts(qt),!0)}r.batch=function(e,t=!1){Ht=!0,Ut=t,e(r),qt(),t&&Wt.length>0&&queueMicrotask(Gt)};function qt(){if(Ie&&=(Dt(),!1),Re&&=(We(),!1),Le){if(Oa(p,aa,Ee),Oa(p,ra,De),Oa(p,ta,P),Oa(p,na,F),Oa(m,aa,Ee),Oa(m,ra,De),Oa(m,ta,P),Oa(m,na,F),Oa(f,ta,Te),Oa(f,na,N),u.width=lo(Te*Y),u.height=lo(N*Y),y.forEach(({_el:e,_show:t,_size:n,_pos:r,side:i})=>{if(e!=null){if(t){let t=i===3||i===0?n:0,a=i%2==1;Oa(e,a?`left`:`top`,r-t),Oa(e,a?`width`:`height`,n),Oa(e,a?`top`:`left`,a?De:Ee),Oa(e,a?`height`:`width`,a?F:P),Da(e,Ui)}else Ea(e,Ui)}}),pt=mt=ht=_t=vt=yt=bt=xt=gt=null,St=1,An(!0),Ee!=Oe||De!=ke||P!=Ae||F!=je){Vt(!1);let e=P/Ae,t=F/je;if(ue&&!ze&&A.left>=0){A.left*=e,A.top*=t,Zt&&Ma(Zt,lo(A.left),0,P,F),Qt&&Ma(Qt,0,lo(A.top),P,F);for(let n=0;n<Xe.length;n++){let r=Xe[n];r!=null&&(Ze[n]*=e,Qe[n]*=t,Ma(r,uo(Ze[n]),uo(Qe[n]),P,F))}}if(H.show&&!Be&&H.left>=0&&H.width>0){H.left*=e,H.width*=e,H.top*=t,H.height*=t;for(let e in Nn)Oa(ln,e,H[e])}Oe=Ee,ke=De,Ae=P,je=F}Kn(`setSize`),Le=!1}Te>0&&N>0&&(d.clearRect(0,0,u.width,u.height),Kn(`drawClear`),w.forEach(e=>e()),Kn(`draw`)),H.show&&Be&&(un(H),Be=!1),ue&&ze&&(On(null,!0,!1),ze=!1),ce.show&&ce.live&&Ve&&(En(),Ve=!1),c||(c=!0,r.status=1,Kn(`ready`)),ut=!1,Ht=!1}r.redraw=(e,t)=>{Re=t||!1,e===!1?Kt():fn(S,D.min,D.max)};function Jt(e,n){let i=b[e];if(i.from==null){if(at==0){let t=i.range(r,n.min,n.max,e);n.min=t[0],n.max=t[1]}if(n.min>n.max){let e=n.min;n.min=n.max,n.max=e}if(at>1&&n.min!=null&&n.max!=null&&n.max-n.min<1e-16)return;e==S&&i.distr==2&&at>0&&(n.min=Va(n.min,t[0]),n.max=Va(n.max,t[0]),n.min==n.max&&n.max++),k[e]=n,Ie=!0,Kt()}}r.setScale=Jt;let Yt,Xt,Zt,Qt,$t,en,tn,nn,rn,an,z,B,V=!1,on=A.drag,sn=on.x,cn=on.y;ue&&(A.x&&(Yt=Aa(Gi,m)),A.y&&(Xt=Aa(Ki,m)),D.ori==0?(Zt=Yt,Qt=Xt):(Zt=Xt,Qt=Yt),z=A.left,B=A.top);let H=r.select=Xo({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),ln=H.show?Aa(Wi,H.over?m:p):null;function un(e,t){if(H.show){for(let t in e)H[t]=e[t],t in Nn&&Oa(ln,t,e[t]);t!==!1&&Kn(`setSelect`)}}r.setSelect=un;function dn(e){if(v[e].show)le&&Da(M[e],Ui);else if(le&&Ea(M[e],Ui),ue){let t=L?Xe[0]:Xe[e];t!=null&&Ma(t,-10,-10,P,F)}}function fn(e,t,n){Jt(e,{min:t,max:n})}function pn(e,t,n,a){t.focus!=null&&yn(e),t.show!=null&&v.forEach((n,r)=>{r>0&&(e==r||e==null)&&(n.show=t.show,dn(r),i==2?(fn(n.facets[0].scale,null,null),fn(n.facets[1].scale,null,null)):fn(n.scale,null,null),Kt())}),n!==!1&&Kn(`setSeries`,e,t),a&&Xn(`setSeries`,r,e,t)}r.setSeries=pn,r.addBand=function(e,t){e.fill=Z(e.fill||null),e.dir=X(e.dir,-1),t??=x.length,x.splice(t,0,e)},r.setBand=function(e,t){Xo(x[e],t)},r.delBand=function(e){e==null?x.length=0:x.splice(e,1)};function mn(e,t){v[e].alpha=t,ue&&Xe[e]!=null&&(Xe[e].style.opacity=t),le&&M[e]&&(M[e].style.opacity=t)}let hn,gn,_n,vn={focus:!0};function yn(e){if(e!=_n){let t=e==null,n=Je.alpha!=1;v.forEach((r,a)=>{if(i==1||a>0){let i=t||a==0||a==e;r._focus=t?null:i,n&&mn(a,i?1:Je.alpha)}}),_n=e,n&&Kt()}}le&&Ye&&Ce(pa,de,e=>{A._lock||(I(e),_n!=null&&pn(null,vn,!0,U.setSeries))});function bn(e,t,n){let r=b[t];n&&(e=e/Y-(r.ori==1?De:Ee));let i=P;r.ori==1&&(i=F,e=i-e),r.dir==-1&&(e=i-e);let a=r._min,o=r._max,s=e/i,c=a+(o-a)*s,l=r.distr;return l==3?mo(10,c):l==4?vo(c,r.asinh):l==100?r.bwd(c):c}r.valToIdx=e=>Va(e,t[0]),r.posToIdx=function(e,n){return Va(bn(e,S,n),t[0],ot,st)},r.posToVal=bn,r.valToPos=(e,t,n)=>b[t].ori==0?a(e,b[t],n?Pe:P,n?Me:0):o(e,b[t],n?Fe:F,n?Ne:0),r.setCursor=(e,t,n)=>{z=e.left,B=e.top,On(null,t,n)};function xn(e,t){Oa(ln,aa,H.left=e),Oa(ln,ta,H.width=t)}function Sn(e,t){Oa(ln,ra,H.top=e),Oa(ln,na,H.height=t)}let Cn=D.ori==0?xn:Sn,wn=D.ori==1?xn:Sn;function Tn(){if(le&&ce.live)for(let e=+(i==2);e<v.length;e++){if(e==0&&ge)continue;let t=ce.values[e],n=0;for(let r in t)me[e][n++].firstChild.nodeValue=t[r]}}function En(e,t){if(e!=null&&(e.idxs?e.idxs.forEach((e,t)=>{se[t]=e}):Uo(e.idx)||se.fill(e.idx),ce.idx=se[0]),le&&ce.live){for(let e=0;e<v.length;e++)(e>0||i==1&&!ge)&&Dn(e,se[e]);Tn()}Ve=!1,t!==!1&&Kn(`setLegend`)}r.setLegend=En;function Dn(e,n){let i=v[e],a=e==0&&O==2?lt:t[e],o;ge?o=i.values(r,e,n)??_e:(o=i.value(r,n==null?null:a[n],e,n),o=o==null?_e:{_:o}),ce.values[e]=o}function On(e,n,a){rn=z,an=B,[z,B]=A.move(r,z,B),A.left=z,A.top=B,ue&&(Zt&&Ma(Zt,lo(z),0,P,F),Qt&&Ma(Qt,0,lo(B),P,F));let o,s=ot>st;hn=bo,gn=null;let c=D.ori==0?P:F,l=D.ori==1?P:F;if(z<0||at==0||s){o=A.idx=null;for(let e=0;e<v.length;e++){let t=Xe[e];t!=null&&Ma(t,-10,-10,P,F)}Ye&&pn(null,vn,!0,e==null&&U.setSeries),ce.live&&(se.fill(o),Ve=!0)}else{let e,n,a;i==1&&(e=D.ori==0?z:B,n=bn(e,S),o=A.idx=Va(n,t[0],ot,st),a=ee(t[0][o],D,c,0));let s=-10,u=-10,d=0,f=0,p=!0,m=``,h=``;for(let e=+(i==2);e<v.length;e++){let g=v[e],_=se[e],y=_==null?null:i==1?t[e][_]:t[e][1][_],x=A.dataIdx(r,e,o,n),S=x==null?null:i==1?t[e][x]:t[e][1][x];if(Ve=Ve||S!=y||x!=_,se[e]=x,e>0&&g.show){let n=x==null?-10:x==o?a:ee(i==1?t[0][x]:t[e][0][x],D,c,0),_=S==null?-10:te(S,i==1?b[g.scale]:b[g.facets[1].scale],l,0);if(Ye&&S!=null){let t=D.ori==1?z:B,n=so(Je.dist(r,e,x,_,t));if(n<hn){let r=Je.bias;if(r!=0){let i=bn(t,g.scale),a=S>=0?1:-1,o=i>=0?1:-1;o==a&&(o==1?r==1?S>=i:S<=i:r==1?S<=i:S>=i)&&(hn=n,gn=e)}else hn=n,gn=e}}if(Ve||L){let t,i;D.ori==0?(t=n,i=_):(t=_,i=n);let a,o,c,l,g,v,y=!0,b=qe.bbox;if(b!=null){y=!1;let t=b(r,e);c=t.left,l=t.top,a=t.width,o=t.height}else c=t,l=i,a=o=qe.size(r,e);if(v=qe.fill(r,e),g=qe.stroke(r,e),L)e==gn&&hn<=Je.prox&&(s=c,u=l,d=a,f=o,p=y,m=v,h=g);else{let t=Xe[e];t!=null&&(Ze[e]=c,Qe[e]=l,Ia(t,a,o,y),Pa(t,v,g),Ma(t,uo(c),uo(l),P,F))}}}}if(L){let e=Je.prox;if(Ve||(_n==null?hn<=e:hn>e||gn!=_n)){let e=Xe[0];e!=null&&(Ze[0]=s,Qe[0]=u,Ia(e,d,f,p),Pa(e,m,h),Ma(e,uo(s),uo(u),P,F))}}}if(H.show&&V){if(e!=null){let[t,n]=U.scales,[r,i]=U.match,[a,o]=e.cursor.sync.scales,s=e.cursor.drag;if(sn=s._x,cn=s._y,sn||cn){let{left:s,top:u,width:d,height:f}=e.select,p=e.scales[a].ori,m=e.posToVal,h,g,_,v,y,x=t!=null&&r(t,a),S=n!=null&&i(n,o);x&&sn?(p==0?(h=s,g=d):(h=u,g=f),_=b[t],v=ee(m(h,a),_,c,0),y=ee(m(h+g,a),_,c,0),Cn(fo(v,y),so(y-v))):Cn(0,c),S&&cn?(p==1?(h=s,g=d):(h=u,g=f),_=b[n],v=te(m(h,o),_,l,0),y=te(m(h+g,o),_,l,0),wn(fo(v,y),so(y-v))):wn(0,l)}else Pn()}else{let e=so(rn-$t),t=so(an-en);if(D.ori==1){let n=e;e=t,t=n}sn=on.x&&e>=on.dist,cn=on.y&&t>=on.dist;let n=on.uni;n==null?on.x&&on.y&&(sn||cn)&&(sn=cn=!0):sn&&cn&&(sn=e>=n,cn=t>=n,!sn&&!cn&&(t>e?cn=!0:sn=!0));let r,i;sn&&(D.ori==0?(r=tn,i=z):(r=nn,i=B),Cn(fo(r,i),so(i-r)),cn||wn(0,l)),cn&&(D.ori==1?(r=tn,i=z):(r=nn,i=B),wn(fo(r,i),so(i-r)),sn||Cn(0,c)),!sn&&!cn&&(Cn(0,0),wn(0,0))}}if(on._x=sn,on._y=cn,e==null){if(a){if(Jn!=null){let[e,t]=U.scales;U.values[0]=e==null?null:bn(D.ori==0?z:B,e),U.values[1]=t==null?null:bn(D.ori==1?z:B,t)}Xn(la,r,z,B,P,F,o)}if(Ye){let e=a&&U.setSeries,t=Je.prox;_n==null?hn<=t&&pn(gn,vn,!0,e):hn>t?pn(null,vn,!0,e):gn!=_n&&pn(gn,vn,!0,e)}}Ve&&(ce.idx=o,En()),n!==!1&&Kn(`setCursor`)}let kn=null;Object.defineProperty(r,"rect",{get(){return kn??An(!1),kn}});function An(e=!1){e?kn=null:(kn=m.getBoundingClientRect(),Kn(`syncRect`,kn))}function jn(e,t,n,r,i,a,o){A._lock||V&&e!=null&&e.movementX==0&&e.movementY==0||(Mn(e,t,n,r,i,a,o,!1,e!=null),e==null?On(t,!0,!1):On(null,!0,!0))}function Mn(e,t,n,i,a,o,c,l,u){if(kn??An(!1),I(e),e!=null)n=e.clientX-kn.left,i=e.clientY-kn.top;else{if(n<0||i<0){z=-10,B=-10;return}let[e,r]=U.scales,c=t.cursor.sync,[l,u]=c.values,[d,f]=c.scales,[p,m]=U.match,h=t.axes[0].side%2==1,g=D.ori==0?P:F,_=D.ori==1?P:F,v=h?o:a,y=h?a:o,x=h?i:n,S=h?n:i;if(n=d==null?x/v*g:p(e,d)?s(l,b[e],g,0):-10,i=f==null?S/y*_:m(r,f)?s(u,b[r],_,0):-10,D.ori==1){let e=n;n=i,i=e}}u&&(t==null||t.cursor.event.type==la)&&((n<=1||n>=P-1)&&(n=Mo(n,P)),(i<=1||i>=F-1)&&(i=Mo(i,F))),l?($t=n,en=i,[tn,nn]=A.move(r,n,i)):(z=n,B=i)}let Nn={width:0,height:0,left:0,top:0};function Pn(){un(Nn,!1)}let Fn,In,Ln,Rn;function zn(e,t,n,i,a,o,s){V=!0,sn=cn=on._x=on._y=!1,Mn(e,t,n,i,a,o,s,!0,!1),e!=null&&(Ce(da,xa,Bn,!1),Xn(ua,r,tn,nn,P,F,null));let{left:c,top:l,width:u,height:d}=H;Fn=c,In=l,Ln=u,Rn=d}function Bn(e,t,n,i,a,o,s){V=on._x=on._y=!1,Mn(e,t,n,i,a,o,s,!1,!0);let{left:c,top:l,width:u,height:d}=H,f=u>0||d>0,p=Fn!=c||In!=l||Ln!=u||Rn!=d;if(f&&p&&un(H),on.setScale&&f&&p){let e=c,t=u,n=l,r=d;if(D.ori==1&&(e=l,t=d,n=c,r=u),sn&&fn(S,bn(e,S),bn(e+t,S)),cn)for(let e in b){let t=b[e];e!=S&&t.from==null&&t.min!=bo&&fn(e,bn(n+r,e),bn(n,e))}Pn()}else A.lock&&(A._lock=!A._lock,On(t,!0,e!=null));e!=null&&(we(da,xa),Xn(da,r,z,B,P,F,null))}function Vn(e,t,n,r,i,a,o){if(A._lock)return;I(e);let s=V;if(V){let e=!0,t=!0,n,r;D.ori==0?(n=sn,r=cn):(n=cn,r=sn),n&&r&&(e=z<=10||z>=P-10,t=B<=10||B>=F-10),n&&e&&(z=z<tn?0:P),r&&t&&(B=B<nn?0:F),On(null,!0,!0),V=!1}z=-10,B=-10,se.fill(null),On(null,!0,!0),s&&(V=s)}function Hn(e,t,n,i,a,o,s){A._lock||(I(e),ft(),Pn(),e!=null&&Xn(ma,r,z,B,P,F,null))}function Un(){y.forEach(Ml),He(r.width,r.height,!0)}za(va,Sa,Un);let Wn={};Wn.mousedown=zn,Wn.mousemove=jn,Wn.mouseup=Bn,Wn.dblclick=Hn,Wn.setSeries=(e,t,n,i)=>{n=(0,U.match[2])(r,t,n),n!=-1&&pn(n,i,!0,!1)},ue&&(Ce(ua,m,zn),Ce(la,m,jn),Ce(fa,m,e=>{I(e),An(!1)}),Ce(pa,m,Vn),Ce(ma,m,Hn),gl.add(r),r.syncRect=An);let Gn=r.hooks=e.hooks||{};function Kn(e,t,n){Ut?Wt.push([e,t,n]):e in Gn&&Gn[e].forEach(e=>{e.call(null,r,t,n)})}(e.plugins||[]).forEach(e=>{for(let t in e.hooks)Gn[t]=(Gn[t]||[]).concat(e.hooks[t])});let qn=(e,t,n)=>n,U=Xo({key:null,setSeries:!1,filters:{pub:Oo,sub:Oo},scales:[S,v[1]?v[1].scale:null],match:[ko,ko,qn],values:[null,null]},A.sync);U.match.length==2&&U.match.push(qn),A.sync=U;let Jn=U.key,Yn=Lc(Jn);function Xn(e,t,n,r,i,a,o){U.filters.pub(e,t,n,r,i,a,o)&&Yn.pub(e,t,n,r,i,a,o)}Yn.sub(r),r.pub=function(e,t,n,r,i,a,o){U.filters.sub(e,t,n,r,i,a,o)&&Wn[e](null,t,n,r,i,a,o)},r.destroy=function(){Yn.unsub(r),gl.delete(r),Se.clear(),Ba(va,Sa,Un),l.remove(),de?.remove(),Kn(`destroy`)};function Zn(){Kn(`init`,e,t),dt(t||e.data,!1),k[S]?Jt(S,k[S]):ft(),Be=H.show&&(H.width>0||H.height>0),ze=Ve=!0,He(e.width,e.height)}return v.forEach(et),y.forEach(tt),n?n instanceof HTMLElement?(n.appendChild(l),Zn()):n(r,Zn):Zn(),r}Nl.assign=Xo,Nl.fmtNum=io,Nl.rangeNum=eo,Nl.rangeLog=Ja,Nl.rangeAsinh=Ya,Nl.orient=Bc,Nl.pxRatio=Y,Nl.join=function(e,t){if(rs(e)){let t=e[0].slice();for(let n=1;n<e.length;n++)t.push(...e[n].slice(1));return is(t[0])||(t=ns(t)),t}let n=new Set;for(let t=0;t<e.length;t++){let r=e[t][0],i=r.length;for(let e=0;e<i;e++)n.add(r[e])}let r=[Array.from(n).sort((e,t)=>e-t)],i=r[0].length,a=new Map;for(let e=0;e<i;e++)a.set(r[0][e],e);for(let n=0;n<e.length;n++){let o=e[n],s=o[0];for(let e=1;e<o.length;e++){let c=o[e],l=Array(i).fill(void 0),u=t?t[n][e]:Qo,d=[];for(let e=0;e<c.length;e++){let t=c[e],n=a.get(s[e]);t===null?u!=Zo&&(l[n]=t,u==$o&&d.push(n)):l[n]=t}es(l,d,i),r.push(l)}}return r},Nl.fmtDate=ps,Nl.tzDate=function(e,t){let n;return t==`UTC`||t==`Etc/UTC`?n=new Date(+e+e.getTimezoneOffset()*6e4):t==ms?n=e:(n=new Date(e.toLocaleString(`en-US`,{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n},Nl.sync=Lc;{Nl.addGap=Gc,Nl.clipGaps=Wc;let e=Nl.paths={points:al};e.linear=ll,e.stepped=ul,e.bars=fl,e.spline=ml}var Pl=280,Fl=86400;function Il(e){return Date.parse(`${e}T00:00:00Z`)/1e3}function Ll(e){let t=Ee(null),n=e.data.reduce((e,t)=>e+t.succeeded,0),r=e.data.reduce((e,t)=>e+t.failed,0),i=e.data[0]?.day,a=e.data[e.data.length-1]?.day,o=`Bar chart of sign-ins per day from ${i??`—`} to ${a??`—`} (UTC): ${n} succeeded and ${r} failed in total.`;return F(()=>{let n=t.current;if(!n||e.data.length===0)return;let r=e.data.map(e=>Il(e.day)),i=e.data.map(e=>e.succeeded),a=e.data.map(e=>e.failed),o=()=>Math.max(260,Math.floor(n.clientWidth)),s=Nl.paths.bars,c=new Nl({width:o(),height:Pl,tzDate:e=>Nl.tzDate(new Date(e*1e3),`UTC`),scales:{x:{time:!0,range:(e,t,n)=>[t-Fl*.6,n+Fl*.6]},y:{range:(e,t,n)=>[0,Math.max(4,Math.ceil(n*1.15))]}},series:[{label:`Day`,value:(e,t)=>t==null?`—`:new Date(t*1e3).toISOString().slice(0,10)},{label:`Succeeded`,stroke:`#1a7f37`,fill:`rgba(26, 127, 55, 0.75)`,width:1,paths:s({align:-1,size:[.4,16]}),points:{show:!1},value:(e,t)=>t==null?`—`:String(t)},{label:`Failed`,stroke:`#b42318`,fill:`rgba(180, 35, 24, 0.75)`,width:1,paths:s({align:1,size:[.4,16]}),points:{show:!1},value:(e,t)=>t==null?`—`:String(t)}],axes:[{stroke:`#4b5563`,grid:{stroke:`#eef0f3`},ticks:{stroke:`#d0d5dd`}},{stroke:`#4b5563`,grid:{stroke:`#eef0f3`},ticks:{stroke:`#d0d5dd`},incrs:[1,2,5,10,20,50,100,200,500,1e3,2e3,5e3,1e4,2e4,5e4,1e5],values:(e,t)=>t.map(e=>Number.isInteger(e)?String(e):``),size:48}],legend:{show:!0,live:!0},cursor:{drag:{x:!1,y:!1},points:{show:!1}}},[r,i,a],n),l=new ResizeObserver(()=>{let e=o();e!==c.width&&c.setSize({width:e,height:Pl})});return l.observe(n),()=>{l.disconnect(),c.destroy()}},[e.data]),K(`figure`,{class:`chart`,"data-testid":`signin-chart`,children:[K(`figcaption`,{children:[K(`span`,{class:`legend-swatch ok`,"aria-hidden":`true`}),` Succeeded`,` `,K(`span`,{class:`legend-swatch bad`,"aria-hidden":`true`}),` Failed, per day (UTC), last `,e.data.length,` days`]}),K(`div`,{class:`chart-box`,ref:t,role:`img`,"aria-label":o}),K(`p`,{class:`chart-totals`,"data-testid":`signin-totals`,children:[K(`strong`,{"data-testid":`signin-total-succeeded`,children:n}),` successful and`,` `,K(`strong`,{"data-testid":`signin-total-failed`,children:r}),` failed sign-ins in `,e.data.length,` days.`]}),K(`details`,{class:`chart-data`,children:[K(`summary`,{children:`The numbers behind the chart`}),K(`div`,{class:`table-scroll`,children:K(`table`,{children:[K(`caption`,{class:`visually-hidden`,children:`Sign-ins per day`}),K(`thead`,{children:K(`tr`,{children:[K(`th`,{scope:`col`,children:`Day (UTC)`}),K(`th`,{scope:`col`,children:`Succeeded`}),K(`th`,{scope:`col`,children:`Failed`})]})}),K(`tbody`,{children:e.data.map(e=>K(`tr`,{children:[K(`th`,{scope:`row`,children:e.day}),K(`td`,{children:e.succeeded}),K(`td`,{children:e.failed})]},e.day))})]})})]})]})}function Rl(){let e=ir(()=>Rn(30),[]);return K(J,{title:`Overview`,children:[K(Pr,{title:`Sign-ins, last 30 days`,children:[!e.data&&e.loading&&K(Hr,{what:`sign-in activity`}),e.data&&K(Ll,{data:e.data}),e.failed&&!e.data&&K(`p`,{class:`error`,"data-testid":`chart-error`,children:`The sign-in activity could not be loaded.`})]}),K(`p`,{children:K(`a`,{href:G(`/admin/users`),children:`Manage users →`})})]})}function zl(e){return G(`/admin/users/${encodeURIComponent(e.id)}`)}function Bl(e){let t=e.user;return K(`span`,{class:`badges`,children:[t.role===`ADMIN`&&K(`span`,{class:`badge info`,children:`Admin`}),t.disabled&&K(`span`,{class:`badge bad`,"data-testid":`user-disabled`,children:`Disabled`}),t.totpEnabled&&K(`span`,{class:`badge ok`,children:`2FA`}),!t.emailVerified&&K(`span`,{class:`badge warn`,children:`Unverified`})]})}function Vl(){let[e,t]=N(``),[n,r]=N(``),[i,a]=N([null]),o=i[i.length-1]??null,s=i.length,c=ir(async()=>({...await jn(20,o,n||null),page:s,search:n}),[o,s,n]),l=c.data,u=l?Math.max(1,Math.ceil(l.totalCount/20)):1;return K(J,{title:`Users`,children:[K(Lr,{onSubmit:()=>{r(e.trim()),a([null])},role:`search`,label:`Search users`,children:[K(`div`,{class:`inline-fields`,children:K(q,{label:`Search users`,type:`search`,value:e,onInput:t,hint:`Part of a username or an email address.`})}),K(`div`,{class:`actions`,children:[K(Fr,{variant:`secondary`,children:`Search`}),n&&K(Ir,{onClick:()=>{t(``),r(``),a([null])},children:`Show all`})]})]}),!l&&c.loading&&K(Hr,{what:`users`}),l&&K(S,{children:[K(`p`,{class:`muted`,"data-testid":`user-count`,"aria-live":`polite`,children:l.totalCount===0?`No accounts match.`:`${l.totalCount} account${l.totalCount===1?``:`s`}${l.search?` match`:``} · page ${l.page} of ${u}`}),K(`ul`,{class:`rows`,"data-testid":`user-list`,"aria-busy":c.loading?`true`:void 0,children:l.nodes.map(e=>K(`li`,{class:`row user`,"data-testid":`user-row`,"data-username":e.username,children:[K(`div`,{class:`row-main`,children:[K(`p`,{class:`row-title`,children:[K(`a`,{href:zl(e),"data-testid":`user-link`,children:e.username}),` `,K(Bl,{user:e})]}),K(`p`,{class:`muted small`,children:[K(`span`,{"data-testid":`user-email`,children:e.email}),` · joined `,Br(e.createdAt)]})]}),K(`div`,{class:`actions`,children:K(`a`,{class:`btn secondary`,href:zl(e),"aria-label":`Manage ${e.username}`,children:`Manage`})})]},e.id))}),K(Rr,{label:`User pages`,busy:c.loading,hasPrevious:l.page>1,hasNext:l.pageInfo.hasNextPage,onPrevious:()=>a(i.slice(0,l.page-1)),onNext:()=>{l.pageInfo.endCursor&&a([...i.slice(0,l.page),l.pageInfo.endCursor])}})]})]})}function Hl(e){let t=ir(()=>Mn(e.id),[e.id]),[n,r]=N(null),[i,a]=N(0),[o,s]=N(``),[c,l]=N(``),u=W(),d=W(),f=W(),p=W(),m=t.data??null,h=n&&m&&n.id===m.id?n:m;if(!t.data)return t.loading?K(J,{title:`User`,children:K(Hr,{what:`user`})}):K(J,{title:`User not found`,children:[K(`p`,{"data-testid":`user-not-found`,children:`No account has this id. It may have been deleted.`}),K(`p`,{children:K(`a`,{href:G(`/admin/users`),children:`Back to users`})})]});if(!h)return null;let g=async t=>{r(t),s(``),a(e=>e+1),t.id===e.me.id&&await U().catch(()=>null)},_=h.id===e.me.id,v=o||h.role;return K(J,{title:h.username,children:[K(`p`,{children:K(`a`,{href:G(`/admin/users`),children:`← All users`})}),K(Pr,{title:`Account`,testid:`admin-user`,children:K(`dl`,{class:`facts`,children:[K(`dt`,{children:`Username`}),K(`dd`,{"data-testid":`admin-user-username`,children:h.username}),K(`dt`,{children:`Email`}),K(`dd`,{"data-testid":`admin-user-email`,children:[h.email,` `,h.emailVerified?K(`span`,{class:`badge ok`,children:`Verified`}):K(`span`,{class:`badge warn`,children:`Not verified`})]}),K(`dt`,{children:`Role`}),K(`dd`,{"data-testid":`admin-user-role`,children:h.role===`ADMIN`?`Administrator`:`User`}),K(`dt`,{children:`Status`}),K(`dd`,{"data-testid":`admin-user-status`,children:h.disabled?K(`span`,{class:`badge bad`,children:`Disabled`}):K(`span`,{class:`badge ok`,children:`Active`})}),K(`dt`,{children:`Two-factor authentication`}),K(`dd`,{"data-testid":`admin-user-2fa`,children:h.totpEnabled?`On`:`Off`}),K(`dt`,{children:`Joined`}),K(`dd`,{children:Br(h.createdAt)})]})}),K(Pr,{title:`Change role`,children:K(Lr,{onSubmit:()=>void u.run(async()=>{await g(await Pn(h.id,v))},`${h.username} is now ${v===`ADMIN`?`an administrator`:`a user`}.`),label:`Change role`,children:[K(`div`,{class:`field`,children:[K(`label`,{for:`role-select`,children:`Role`}),K(`select`,{id:`role-select`,value:v,onChange:e=>s(e.currentTarget.value),children:[K(`option`,{value:`USER`,children:`User`}),K(`option`,{value:`ADMIN`,children:`Administrator`})]})]}),K(`div`,{class:`actions`,children:K(Fr,{busy:u.busy,variant:`secondary`,disabled:v===h.role,children:`Save role`})})]})}),K(Pr,{title:`Access`,children:[K(`p`,{children:h.disabled?`This account is disabled: it cannot sign in, and its sessions were ended.`:`Disabling an account ends its sessions at once and blocks sign-in until it is enabled again.`}),K(`div`,{class:`actions`,children:K(Ir,{variant:h.disabled?`primary`:`danger`,busy:d.busy,disabled:_&&!h.disabled,onClick:()=>void d.run(async()=>{await g(await Fn(h.id,!h.disabled))},h.disabled?`${h.username} is enabled again.`:`${h.username} is disabled and signed out everywhere.`),children:h.disabled?`Enable account`:`Disable account`})}),_&&K(`p`,{class:`hint`,children:`You cannot disable your own account here.`})]}),K(Pr,{title:`Reset password`,children:K(Lr,{onSubmit:()=>void f.run(async()=>{await In(h.id,c),l(``),a(e=>e+1)},`The password of ${h.username} was reset and their sessions were ended.`),label:`Reset password`,children:[K(q,{label:`New password for this user`,type:`password`,value:c,onInput:l,autoComplete:`new-password`,required:!0,minLength:8,hint:`Tell the user through a safe channel. Every session of theirs ends.`}),K(`div`,{class:`actions`,children:K(Fr,{busy:f.busy,variant:`danger`,children:`Reset password`})})]})}),K(Pr,{title:`Second factor`,children:h.totpEnabled?K(S,{children:[K(`p`,{children:`For a user who lost their authenticator and their recovery codes: turns two-factor authentication off and ends their sessions.`}),K(`div`,{class:`actions`,children:K(Ir,{variant:`danger`,busy:p.busy,onClick:()=>void p.run(async()=>{await g(await Ln(h.id))},`Two-factor authentication of ${h.username} was reset.`),children:`Reset two-factor authentication`})})]}):K(`p`,{class:`muted`,children:`Two-factor authentication is off for this account.`})}),K(Pr,{title:`Security events`,children:K(Mi,{resetKey:`${h.id}:${i}`,label:`Security event pages`,load:(e,t)=>Nn(h.id,e,t)})})]})}var Ul=new Set([`/signin`,`/signup`,`/forgot-password`]);function Wl(){let e=Re(Ke),t=Ee(null);return F(()=>{let n=t.current;e&&e.kind!==`success`&&n&&n.getBoundingClientRect().top<0&&n.scrollIntoView({block:`start`})},[e?.seq]),K(`div`,{class:`notice-region`,ref:t,children:K(`div`,{class:`notice-live`,"data-testid":`notice`,"data-kind":e?.kind,"data-code":e?.code,role:`status`,"aria-live":`polite`,"aria-atomic":`true`,children:e&&K(`div`,{class:`notice ${e.kind}`,children:[K(`p`,{children:e.text}),K(`button`,{type:`button`,class:`btn link close`,onClick:Je,"aria-label":`Dismiss notice`,title:`Dismiss`})]},e.seq)})})}function Gl(e){let t=(t,n)=>{let r=e.path===t||t!==`/admin`&&e.path.startsWith(`${t}/`);return K(`li`,{children:K(`a`,{href:G(t),"aria-current":r?`page`:void 0,children:n})})};return K(`nav`,{class:`nav`,"aria-label":`Main`,children:K(`ul`,{children:[t(`/quotes`,`Quotes`),t(`/account`,`Account`),t(`/security`,`Two-factor`),t(`/sessions`,`Sessions`),t(`/activity`,`Activity`),e.user.role===`ADMIN`&&t(`/admin`,`Overview`),e.user.role===`ADMIN`&&t(`/admin/users`,`Users`)]})})}function Kl(e){let t=e.session.user;return K(`header`,{class:`top`,children:[K(`div`,{class:`top-row`,children:[K(`a`,{class:`brand`,href:G(t?`/quotes`:`/signin`),children:`Portcullis`}),t&&K(`div`,{class:`who`,children:[K(`span`,{class:`muted small`,children:`Signed in as`}),` `,K(`strong`,{"data-testid":`signed-in-user`,children:t.username}),t.role===`ADMIN`&&K(`span`,{class:`badge info`,children:`Admin`}),K(`button`,{type:`button`,class:`btn secondary small`,onClick:()=>void Xn().then(()=>lr(`/signin`)),children:`Sign out`})]})]}),t&&K(Gl,{user:t,path:e.path})]})}function ql(){return K(J,{title:`Page not found`,children:[K(`p`,{children:`There is no such screen.`}),K(`p`,{children:K(`a`,{href:G(`/quotes`),children:`Go to your quotes`})})]})}function Jl(){return K(J,{title:`Administrators only`,children:K(`p`,{"data-testid":`admin-only`,children:`This screen is for administrators.`})})}function Yl(e){let{path:t,segments:n}=e.route,r=e.user;if(n[0]===`admin`)return r.role===`ADMIN`?n.length===1?K(Rl,{}):n[1]===`users`&&n.length===2?K(Vl,{}):n[1]===`users`&&n.length===3?K(Hl,{id:n[2]??``,me:r},n[2]):K(ql,{}):K(Jl,{});switch(t){case`/`:case`/quotes`:return K(mi,{});case`/account`:return K(gi,{user:r});case`/account/password`:return K(_i,{user:r});case`/account/email`:return K(yi,{user:r});case`/account/delete`:return K(bi,{user:r});case`/security`:return K(Si,{user:r});case`/security/recovery-codes`:return K(Ci,{});case`/security/disable`:return K(wi,{user:r});case`/sessions`:return K(Ei,{});case`/activity`:return K(Ni,{userId:r.id});default:return K(ql,{})}}function Xl(e){let{route:t,session:n}=e,r=$r();if(r)return K(Qr,{step:r});if(t.linkPage)return K(di,{page:t.linkPage,token:t.query.get(`token`)});if(n.status===`loading`)return K(Hr,{what:`your session`});if(n.status===`signedIn`&&n.user)return Ul.has(t.path)?K(Yl,{route:{...t,path:`/quotes`,segments:[`quotes`]},user:n.user}):K(Yl,{route:t,user:n.user});switch(t.path){case`/signup`:return K(ri,{});case`/forgot-password`:return K(ii,{});default:return K(ni,{})}}function Zl(){let e=pr(),t=Re(zn),n=Ee(!0);return F(()=>{Ye(),n.current?n.current=!1:gr()},[e.path,e.linkPage]),F(()=>{t.status===`signedIn`&&Ul.has(e.path)&&!e.linkPage&&window.location.replace(G(`/quotes`))},[t.status,e.path,e.linkPage]),K(S,{children:[K(`a`,{class:`skip`,href:`#main`,onClick:e=>{e.preventDefault(),document.getElementById(`main`)?.focus()},children:`Skip to content`}),K(Kl,{session:t,path:e.path}),K(Wl,{}),K(`main`,{id:`main`,tabIndex:-1,children:K(Xl,{route:e,session:t})}),K(`footer`,{class:`foot muted small`,children:[K(`span`,{children:`Portcullis console`}),` · `,K(`a`,{href:`/graphql`,children:`GraphiQL`})]}),K(Gr,{})]})}var Ql=document.getElementById(`app`);if(Ql){let e=xr();fe(K(Zl,{}),Ql),Yn().then(()=>e?wr(e):void 0)}