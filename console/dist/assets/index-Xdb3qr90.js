var e,t,n,r,i,a,o,s,c,l,u,d,f,p,m={},h=[],g=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_=Array.isArray;function v(e,t){for(var n in t)e[n]=t[n];return e}function y(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function b(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return x(t,s,i,a,null)}function x(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function S(e){return e.children}function C(e,t){this.props=e,this.context=t}function w(e,t){if(t==null)return e.__?w(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?w(e):null}function ee(e){if(e.__P&&e.__d){var n=e.__v,r=n.__e,i=[],a=[],o=v({},n);o.__v=n.__v+1,t.vnode&&t.vnode(o),se(e.__P,o,n,e.__n,e.__P.namespaceURI,32&n.__u?[r]:null,i,r??w(n),!!(32&n.__u),a),o.__v=n.__v,o.__.__k[o.__i]=o,le(i,o,a),n.__e=n.__=null,o.__e!=r&&T(o)}}function T(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),T(e)}function E(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!D.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(D)}function D(){try{for(var e,t=1;r.length;)r.length>t&&r.sort(o),e=r.shift(),t=r.length,ee(e)}finally{r.length=D.__r=0}}function te(e,t,n,r,i,a,o,s,c,l,u){var d,f,p,g,_,v,y=r&&r.__k||h,b=t.length;for(c=ne(n,t,y,c,b),d=0;d<b;d++)(p=n.__k[d])!=null&&(f=p.__i!=-1&&y[p.__i]||m,p.__i=d,v=se(e,p,f,i,a,o,s,c,l,u),g=p.__e,p.ref&&f.ref!=p.ref&&(f.ref&&de(f.ref,null,p),u.push(p.ref,p.__c||g,p)),_==null&&g!=null&&(_=g),4&p.__u?(c=O(p,c,e),f.__e&&(f.__e=null)):typeof p.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),p.__u&=-7);return n.__e=_,c}function ne(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?o=e.__k[a]=x(null,o,null,null,null):_(o)?o=e.__k[a]=x(S,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[a]=x(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[a]=o,c=a+f,o.__=e,o.__b=e.__b+1,s=null,(l=o.__i=re(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=w(s)),A(s,s));return r}function O(e,t,n){var r,i;if(typeof e.type==`function`){for(r=e.__k,i=0;r&&i<r.length;i++)r[i]&&(r[i].__=e,t=O(r[i],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=w(e)),t=n.insertBefore(e.__e,t||null));do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function re(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&s==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function ie(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||g.test(t)?n:n+`px`}function ae(e,t,n,r,i){var a,o;e:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||ie(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||ie(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(u,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n[l]=r[l]:(n[l]=d,e.addEventListener(t,a?p:f,a)):e.removeEventListener(t,a?p:f,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break e}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function oe(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n[c]==null)n[c]=d++;else if(n[c]<r[l])return;return r(t.event?t.event(n):n)}}}function se(e,n,r,i,a,o,s,c,l,u){var d,f,p,m,g,b,x,ee,T,E,D,ne,O,re,ie,ae,oe=n.type;if(n.constructor!==void 0)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);e:if(typeof oe==`function`){f=s.length;try{if(T=n.props,E=oe.prototype&&oe.prototype.render,D=(d=oe.contextType)&&i[d.__c],ne=d?D?D.props.value:d.__:i,r.__c?ee=(p=n.__c=r.__c).__=p.__E:(E?n.__c=p=new oe(T,ne):(n.__c=p=new C(T,ne),p.constructor=oe,p.render=j),D&&D.sub(p),p.state||(p.state={}),p.__n=i,m=p.__d=!0,p.__h=[],p._sb=[]),E&&p.__s==null&&(p.__s=p.state),E&&oe.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=v({},p.__s)),v(p.__s,oe.getDerivedStateFromProps(T,p.__s))),g=p.props,b=p.state,p.__v=n,m)E&&oe.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),E&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(E&&oe.getDerivedStateFromProps==null&&T!==g&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(T,ne),n.__v==r.__v||!p.__e&&p.shouldComponentUpdate!=null&&!1===p.shouldComponentUpdate(T,p.__s,ne)){n.__v!=r.__v&&(p.props=T,p.state=p.__s,p.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),h.push.apply(p.__h,p._sb),p._sb=[],p.__h.length&&s.push(p),c=w(r);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(T,p.__s,ne),E&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate(g,b,x)})}if(p.context=ne,p.props=T,p.__P=e,p.__e=!1,O=t.__r,re=0,E)p.state=p.__s,p.__d=!1,O&&O(n),d=p.render(p.props,p.state,p.context),h.push.apply(p.__h,p._sb),p._sb=[];else do p.__d=!1,O&&O(n),d=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++re<25);p.state=p.__s,p.getChildContext!=null&&(i=v(v({},i),p.getChildContext())),E&&!m&&p.getSnapshotBeforeUpdate!=null&&(x=p.getSnapshotBeforeUpdate(g,b)),ie=d!=null&&d.type===S&&d.key==null?k(d.props.children):d,c=te(e,_(ie)?ie:[ie],n,r,i,a,o,s,c,l,u),p.base=n.__e,n.__u&=-161,p.__h.length&&s.push(p),ee&&(p.__E=p.__=null)}catch(e){if(s.length=f,n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o!=null&&(o[o.indexOf(c)]=null),n.__e=c}else if(o!=null)for(ae=o.length;ae--;)y(o[ae])}else n.__e=r.__e;n.__k??=r.__k||[],e.then||ce(n),t.__e(e,n,r)}}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=ue(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function ce(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(ce))}function le(e,n,r){for(var i=0;i<r.length;i++)de(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function k(e){return typeof e!=`object`||!e||e.__b>0?e:_(e)?e.map(k):e.constructor===void 0?v({},e):null}function ue(n,r,i,a,o,s,c,l,u){var d,f,p,h,g,v,b,x=i.props||m,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(d=0;d<s.length;d++)if((g=s[d])&&`setAttribute`in g==!!C&&(C?g.localName==C:g.nodeType==3)){n=g,s[d]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s=C==`textarea`&&S.defaultValue!=null?null:s&&e.call(n.childNodes),!l&&s!=null)for(x={},d=0;d<n.attributes.length;d++)x[(g=n.attributes[d]).name]=g.value;for(d in x)g=x[d],d==`dangerouslySetInnerHTML`?p=g:d==`children`||d in S||d==`value`&&`defaultValue`in S||d==`checked`&&`defaultChecked`in S||ae(n,d,null,g,o);for(d in S)g=S[d],d==`children`?h=g:d==`dangerouslySetInnerHTML`?f=g:d==`value`?v=g:d==`checked`?b=g:l&&typeof g!=`function`||x[d]===g||ae(n,d,g,x[d],o);if(f)l||p&&(f.__html==p.__html||f.__html==n.innerHTML)||(n.innerHTML=f.__html),r.__k=[];else if(p&&(n.innerHTML=``),te(r.type==`template`?n.content:n,_(h)?h:[h],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&w(i,0),l,u),s!=null)for(d=s.length;d--;)y(s[d]);l&&C!=`textarea`||(d=`value`,C==`progress`&&v==null?n.removeAttribute(`value`):v!=null&&(v!==n[d]||C==`progress`&&!v||C==`option`&&v!=x[d])&&ae(n,d,v,x[d],o),d=`checked`,b!=null&&b!=n[d]&&ae(n,d,b,x[d],o))}return n}function de(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function A(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||de(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&A(i[a],n,r||typeof e.type!=`function`);r||y(e.__e),e.__c=e.__=e.__e=void 0}function j(e,t,n){return this.constructor(e,n)}function fe(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],se(r,n=(!a&&i||r).__k=b(S,null,[n]),o||m,m,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),le(s,n,c),n.props.children=null}e=h.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,C.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=v({},this.state);typeof e==`function`&&(e=e(v({},n),this.props)),e&&v(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),E(this))},C.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),E(this))},C.prototype.render=S,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},D.__r=0,s=Math.random().toString(8),c=`__d`+s,l=`__a`+s,u=/(PointerCapture)$|Capture$/i,d=0,f=oe(!1),p=oe(!0);var pe,M,me,he,ge=0,_e=[],ve=t,ye=ve.__b,be=ve.__r,xe=ve.diffed,Se=ve.__c,Ce=ve.unmount,we=ve.__;function Te(e,t){ve.__h&&ve.__h(M,e,ge||t),ge=0;var n=M.__H||(M.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function N(e){return ge=1,P(Ie,e)}function P(e,t,n){var r=Te(pe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Ie(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=M,!M.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=!1,o=r.__c.props!==e;if(r.__c.__H.__.some(function(e){if(e.__N){i=!0;var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a){var s=a.call(this,e,t,n);return i?s||o:s}return!i||o};M.__f=!0;var a=M.shouldComponentUpdate,o=M.componentWillUpdate;M.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},M.shouldComponentUpdate=i}return r.__N||r.__}function F(e,t){var n=Te(pe++,3);!ve.__s&&Fe(n.__H,t)&&(n.__=e,n.u=t,M.__H.__h.push(n))}function Ee(e){return ge=5,De(function(){return{current:e}},[])}function De(e,t){var n=Te(pe++,7);return Fe(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Oe(e,t){return ge=8,De(function(){return e},t)}function ke(){var e=Te(pe++,11);if(!e.__){for(var t=M.__v;t!==null&&!t.__m&&t.__!==null;)t=t.__;var n=t.__m||(t.__m=[0,0]);e.__=`P`+n[0]+`-`+n[1]++}return e.__}function Ae(){for(var e;e=_e.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ne),t.__h.some(Pe),t.__h=[]}catch(n){t.__h=[],ve.__e(n,e.__v)}}}ve.__b=function(e){M=null,ye&&ye(e)},ve.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),we&&we(e,t)},ve.__r=function(e){be&&be(e),pe=0;var t=(M=e.__c).__H;t&&(me===M?(t.__h=[],M.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.some(Ne),t.__h.some(Pe),t.__h=[],pe=0)),me=M},ve.diffed=function(e){xe&&xe(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(_e.push(t)!==1&&he===ve.requestAnimationFrame||((he=ve.requestAnimationFrame)||Me)(Ae)),t.__H.__.some(function(e){e.u&&=(e.__H=e.u,void 0)})),me=M=null},ve.__c=function(e,t){t.some(function(e){try{e.__h.some(Ne),e.__h=e.__h.filter(function(e){return!e.__||Pe(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],ve.__e(n,e.__v)}}),Se&&Se(e,t)},ve.unmount=function(e){Ce&&Ce(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(e){try{Ne(e)}catch(e){t=e}}),n.__H=void 0,t&&ve.__e(t,n.__v))};var je=typeof requestAnimationFrame==`function`;function Me(e){var t,n=function(){clearTimeout(r),je&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);je&&(t=requestAnimationFrame(n))}function Ne(e){var t=M,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),M=t}function Pe(e){var t=M;e.__c=e.__(),M=t}function Fe(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Ie(e,t){return typeof t==`function`?t(e):t}function Le(e){let t=e,n=new Set;return{get:()=>t,set(e){t=e;for(let e of[...n])e(t)},subscribe(e){return n.add(e),()=>n.delete(e)}}}function Re(e){let[t,n]=N(e.get());return F(()=>(n(e.get()),e.subscribe(n)),[e]),t}var ze=class extends Error{code=`CANCELLED`;constructor(){super(`Cancelled.`)}};function Be(e){if(e&&typeof e==`object`&&`code`in e&&typeof e.code==`string`)return e.code}function Ve(e){let t=Math.max(1,Math.ceil(e));if(t<60)return`${t} second${t===1?``:`s`}`;let n=Math.ceil(t/60);if(n<60)return`${n} minute${n===1?``:`s`}`;let r=Math.floor(n/60),i=n%60;return`${r} hour${r===1?``:`s`}${i?` ${i} minute${i===1?``:`s`}`:``}`}var He={email:`email address`,newEmail:`email address`,username:`username`};function Ue(e){if(!e)return;let t=e.split(`.`).pop()??e;return He[t]??t}function We(e){let t=e&&typeof e==`object`?e:{},n=typeof t.message==`string`&&t.message.trim()?t.message.trim():``;switch(t.code){case`CANCELLED`:return`Cancelled: nothing was changed.`;case`UNAUTHENTICATED`:return`You are signed out. Please sign in again.`;case`FORBIDDEN`:return n&&!/^forbidden\.?$/i.test(n)?n:`You are not allowed to do that.`;case`BAD_USER_INPUT`:return n||`Please check what you entered.`;case`INVALID_CREDENTIALS`:return`Wrong username, email or password.`;case`INVALID_TOKEN`:return`This link or code is invalid, has expired, or was already used.`;case`INVALID_MFA_CODE`:return`That code is wrong or was already used. Check your authenticator app and try again.`;case`CONFLICT`:{let e=Ue(t.field);return e?`That ${e} is already taken.`:`That value is already taken.`}case`RATE_LIMITED`:return typeof t.retryAfter==`number`?`Too many attempts. Please wait ${Ve(t.retryAfter)} and try again.`:`Too many attempts. Please wait a little and try again.`;case`NOT_FOUND`:return`Not found: it may have been deleted.`;case`QUERY_TOO_COMPLEX`:return`The request was too large for the server.`;case`REAUTHENTICATION_REQUIRED`:return`Please confirm your password to continue.`;case`INTERNAL_SERVER_ERROR`:return`Something went wrong on the server. Please try again later.`;case`NETWORK_ERROR`:return`Cannot reach the server. Check your connection and try again.`;default:return e instanceof TypeError?`Cannot reach the server. Check your connection and try again.`:n||`Something went wrong. Please try again.`}}var Ge=0,Ke=Le(null);function qe(e,t,n={}){Ke.set({kind:e,text:t,code:n.code,sticky:n.sticky??!1,seq:++Ge,at:Date.now()})}function Je(e){qe(`error`,We(e),{code:Be(e)??`ERROR`})}function Ye(){Ke.set(null)}function Xe(){let e=Ke.get();e&&(e.sticky?Ke.set({...e,sticky:!1}):Date.now()-e.at>1500&&Ke.set(null))}var I=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},Ze={"\n  fragment UserFields on User {\n    id\n    email\n    username\n    emailVerified\n    role\n    createdAt\n    disabled\n    totpEnabled\n  }\n":new I(`
    fragment UserFields on User {
  id
  email
  username
  emailVerified
  role
  createdAt
  disabled
  totpEnabled
}
    `,{fragmentName:`UserFields`}),"\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    tokenType\n    expiresIn\n    deviceToken\n    user {\n      ...UserFields\n    }\n  }\n":new I(`
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
}`,{fragmentName:`AuthPayloadFields`}),"\n  fragment QuoteFields on Quote {\n    id\n    text\n    author\n    createdAt\n    updatedAt\n  }\n":new I(`
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}
    `,{fragmentName:`QuoteFields`}),"\n  fragment SessionFields on Session {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ip\n    current\n  }\n":new I(`
    fragment SessionFields on Session {
  id
  createdAt
  lastUsedAt
  userAgent
  ip
  current
}
    `,{fragmentName:`SessionFields`}),"\n  fragment SecurityEventFields on SecurityEvent {\n    id\n    at\n    kind\n    ip\n    userAgent\n    detail\n  }\n":new I(`
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
    `,{fragmentName:`SecurityEventFields`}),"\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n":new I(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `,{fragmentName:`PageInfoFields`}),"\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:d7422caf27365be53521f0714ebe0563c8bcf68fd47db85f291c580e7cb2fc64`}),"\n  query Sessions {\n    sessions {\n      ...SessionFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:28e5a704c6940338cf5d47cfa5db4c5a82fe3e96ffc5143e8d801a7f1c5914a4`}),"\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:6474b0f39e831616953e803bfe3308bfec0d7fbf23b104b680efcc1c5d2d4322`}),"\n  query Quotes(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: QuoteFilter\n    $withTotalCount: Boolean! = false\n  ) {\n    quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      nodes {\n        ...QuoteFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:edc9b467db293381309dfca9568221e533b611ade3599233552a33d68bdcf640`}),"\n  query ErrorCodes {\n    errorCodes\n  }\n":new I(`
    query ErrorCodes {
  errorCodes
}
    `,{hash:`sha256:fb4da7c5b71a8e82107b926783950415606e315ad9753ce5726206a78c525c92`}),"\n  query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n":new I(`
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
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`,{hash:`sha256:57d04037320e51b9a25f1b2e80435086f28d1853c0040dd2d33cf1b958f6fc38`}),"\n  query SignInActivity($days: Int = 30) {\n    signInActivity(days: $days) {\n      day\n      succeeded\n      failed\n    }\n  }\n":new I(`
    query SignInActivity($days: Int = 30) {
  signInActivity(days: $days) {
    day
    succeeded
    failed
  }
}
    `,{hash:`sha256:1b7dd89264a4b4a07716d855044d41a7caf2ca983bcb356a06c691528e1a1069`}),"\n  query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {\n    me {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount @include(if: $withTotalCount)\n      }\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:55fb92848455f658df488b5bc277a284daf79778e4ec5974bc3d4d018f7c4c75`}),"\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:f4d0455232f7fe4ef8452f135adb0382baa3de7d92e9f3e27e9876d51fbd5661`}),"\n  query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {\n    user(id: $id) {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:eec088e363c846cb1233ce110d8d08d0f718836042c884e3efd09dc5ca4e8b8e`}),"\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:2ea4d8ce1a372cc4fc57e6d1409f664307df246771bb93adbd63f33330e86553`}),"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...AuthPayloadFields\n      }\n      ... on MfaChallenge {\n        mfaToken\n        expiresIn\n      }\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:bcf27710a16062ab3ac09262f8ae27df919543a5e4182e977ec74cf903b26aa2`}),"\n  mutation Refresh($refreshToken: String) {\n    refresh(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:ccd48a99c3bc0bfda7a61a00c524c2aa154a476acaaea647365f4c409d0bebde`}),"\n  mutation Logout($scope: LogoutScope = LOCAL) {\n    logout(scope: $scope)\n  }\n":new I(`
    mutation Logout($scope: LogoutScope = LOCAL) {
  logout(scope: $scope)
}
    `,{hash:`sha256:a925af94c71df6e3f25d47ddd5f8ada997b8d86752e3e5bd546aa0f600ae62fd`}),"\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n":new I(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `,{hash:`sha256:0da1f5ad6ca30b47e1cb2c8f9b833664fb3647a47c585080a1a7fa8bc04c825c`}),"\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:f9b60609e5601091982494f5d3acb2efb89bc89d69a096c5d4115b4526fa9d7e`}),"\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:5d372108aa33e559cbaf128ee9e97ea4fbd31b7096071012e29464aee6294935`}),"\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n":new I(`
    mutation DeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `,{hash:`sha256:079ed3d63e49391a082d27ee1a18987abd47582eb900e04fc8ec98daf9f9362a`}),"\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n":new I(`
    mutation EnrollTotp {
  enrollTotp {
    secret
    otpauthUrl
    qrCodeDataUrl
  }
}
    `,{hash:`sha256:e994a5872a45b09de1997c606dd5a1bf820fb6a4c29797e2ebf13c840ee2f86d`}),"\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n":new I(`
    mutation ConfirmTotp($code: String!) {
  confirmTotp(code: $code)
}
    `,{hash:`sha256:e7d28405089723136224c2bbcc4e2b4006168a2e664eed7629f72f208e4c66c5`}),"\n  mutation VerifyTotp($mfaToken: String!, $code: String!) {\n    verifyTotp(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:08d98cb5d1968b4cf4905bb1805adaa224bcf8bf8d94de0fd6f85a987deed0e9`}),"\n  mutation DisableTotp($password: String!, $code: String!) {\n    disableTotp(password: $password, code: $code) {\n      ...UserFields\n    }\n  }\n":new I(`
    mutation DisableTotp($password: String!, $code: String!) {
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
}`,{hash:`sha256:14101452bda09aa5a4350f87a7cd7e99690880413dfcc064fd56a5eec467ee23`}),"\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n":new I(`
    mutation RegenerateRecoveryCodes($code: String!) {
  regenerateRecoveryCodes(code: $code)
}
    `,{hash:`sha256:3be4b1df016f13ea55a13b1efcec613b6256da9c20cd54abcc26c96edb339e6a`}),"\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n":new I(`
    mutation RequestEmailVerification {
  requestEmailVerification
}
    `,{hash:`sha256:546ead34ed3d0d05a2c2552be8f05d2829f66bdc1c12611666dce7167dbb09cc`}),"\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...UserFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:d063299af4341d7411cbe52c79148ff2baa32a2e74af0f593f0040174641bd0a`}),"\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n":new I(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `,{hash:`sha256:5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72`}),"\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n":new I(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `,{hash:`sha256:fe56b8aec7a3b8e3dff83ca568801466f6c64e0c19b90c04e75ad25dd3d65c57`}),"\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n":new I(`
    mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {
  requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
}
    `,{hash:`sha256:c68003ea325d8bbeddf570ec2770336858cf4c94c3b718a323fbbc150a95d311`}),"\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ...UserFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:8b39c1dabace074b67239fc7306471f90886a98dba38b9f340be519cb32a8041`}),"\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:d206ae6bbc10bad4cd26776be5d32ecf48f8dcf2f710f6392e6c56d14c99cfb2`}),"\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:b66ac58f1a87d4e836dd7f8cf7f2ae76fb028abe4102dedd1cb679999a038b4a`}),"\n  mutation DeleteQuote($id: ID!) {\n    deleteQuote(id: $id)\n  }\n":new I(`
    mutation DeleteQuote($id: ID!) {
  deleteQuote(id: $id)
}
    `,{hash:`sha256:febc10f7cc88bcfbe0db35a6c76af9e20f555967fc5ea858fe6acce19d53a63c`}),"\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...UserFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:2ad6c91d2e096d25f52d9dfad55a7569323c19bd245532dafade916949e569ed`}),"\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {\n    adminResetPassword(userId: $userId, newPassword: $newPassword)\n  }\n":new I(`
    mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
  adminResetPassword(userId: $userId, newPassword: $newPassword)
}
    `,{hash:`sha256:285a7285adbd62678d1d7250d31ef1d5a6429325874dacfd7d1637411d2df9e7`}),"\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:acf968a67670ddac5b872e23e6d8779384ed4f4ed69494da989185ed877fcb10`}),"\n  mutation AdminResetTwoFactor($userId: ID!) {\n    adminResetTwoFactor(userId: $userId) {\n      ...UserFields\n    }\n  }\n":new I(`
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
}`,{hash:`sha256:8ba3af0fb37013599302ecffde91d2bfc32dd180d06c3a445ff72032590675d0`})};function L(e){return Ze[e]??{}}L(`
  fragment UserFields on User {
    id
    email
    username
    emailVerified
    role
    createdAt
    disabled
    totpEnabled
  }
`),L(`
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
`),L(`
  fragment QuoteFields on Quote {
    id
    text
    author
    createdAt
    updatedAt
  }
`),L(`
  fragment SessionFields on Session {
    id
    createdAt
    lastUsedAt
    userAgent
    ip
    current
  }
`),L(`
  fragment SecurityEventFields on SecurityEvent {
    id
    at
    kind
    ip
    userAgent
    detail
  }
`),L(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);var Qe=L(`
  query Me {
    me {
      ...UserFields
    }
  }
`),$e=L(`
  query Sessions {
    sessions {
      ...SessionFields
    }
  }
`);L(`
  query Quote($id: ID!) {
    quote(id: $id) {
      ...QuoteFields
    }
  }
`);var et=L(`
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
`);L(`
  query ErrorCodes {
    errorCodes
  }
`);var tt=L(`
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
`),nt=L(`
  query SignInActivity($days: Int = 30) {
    signInActivity(days: $days) {
      day
      succeeded
      failed
    }
  }
`),rt=L(`
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
`),it=L(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`),at=L(`
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
`),ot=L(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...AuthPayloadFields
    }
  }
`),st=L(`
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
`),ct=L(`
  mutation Refresh($refreshToken: String) {
    refresh(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`),lt=L(`
  mutation Logout($scope: LogoutScope = LOCAL) {
    logout(scope: $scope)
  }
`),ut=L(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`),dt=L(`
  mutation Reauthenticate($password: String!, $code: String) {
    reauthenticate(password: $password, code: $code) {
      ...AuthPayloadFields
    }
  }
`),ft=L(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...AuthPayloadFields
    }
  }
`),pt=L(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`),mt=L(`
  mutation EnrollTotp {
    enrollTotp {
      secret
      otpauthUrl
      qrCodeDataUrl
    }
  }
`),ht=L(`
  mutation ConfirmTotp($code: String!) {
    confirmTotp(code: $code)
  }
`),gt=L(`
  mutation VerifyTotp($mfaToken: String!, $code: String!) {
    verifyTotp(mfaToken: $mfaToken, code: $code) {
      ...AuthPayloadFields
    }
  }
`),_t=L(`
  mutation DisableTotp($password: String!, $code: String!) {
    disableTotp(password: $password, code: $code) {
      ...UserFields
    }
  }
`),vt=L(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`),yt=L(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`),bt=L(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ...UserFields
    }
  }
`),xt=L(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),St=L(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`),Ct=L(`
  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {
    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
  }
`),wt=L(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      ...UserFields
    }
  }
`),Tt=L(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      ...QuoteFields
    }
  }
`),Et=L(`
  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
    updateQuote(id: $id, input: $input) {
      ...QuoteFields
    }
  }
`),Dt=L(`
  mutation DeleteQuote($id: ID!) {
    deleteQuote(id: $id)
  }
`),Ot=L(`
  mutation SetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      ...UserFields
    }
  }
`),kt=L(`
  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
    adminResetPassword(userId: $userId, newPassword: $newPassword)
  }
`),At=L(`
  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
    setUserDisabled(userId: $userId, disabled: $disabled) {
      ...UserFields
    }
  }
`),jt=L(`
  mutation AdminResetTwoFactor($userId: ID!) {
    adminResetTwoFactor(userId: $userId) {
      ...UserFields
    }
  }
`),Mt={refreshToken:`portcullis.refreshToken`,deviceToken:`portcullis.deviceToken`};function Nt(){let e=new Map;return{get:t=>e.get(t)??null,set:(t,n)=>void e.set(t,n),remove:t=>void e.delete(t)}}var Pt=class extends Error{name=`PortcullisError`;code;field;retryAfter;errors;status;constructor(e,t={}){let n=e[0]??{message:`Unknown error`};super(n.message,t.cause===void 0?void 0:{cause:t.cause}),this.errors=e;let r=n.extensions??{};this.code=typeof r.code==`string`?r.code:`BAD_RESPONSE`,typeof r.field==`string`&&(this.field=r.field),typeof r.retryAfter==`number`&&(this.retryAfter=r.retryAfter),t.status!==void 0&&(this.status=t.status)}has(e){return this.errors.some(t=>t.extensions?.code===e)}},Ft=new Set([`INVALID_TOKEN`,`UNAUTHENTICATED`,`FORBIDDEN`,`BAD_USER_INPUT`]),It=class{#e;#t;#n;#r;#i;#a=new Set;#o=null;#s=0;#c=0;#l=null;#u=null;#d=null;#f=0;constructor(e){this.#e=e.url??`/graphql`,this.#t=e.csrfUrl??`${this.#e.replace(/\/graphql\/?$/,``)}/auth/csrf`,this.#n=e.mode,this.#r=e.storage??Nt(),this.#i=e.fetch??((e,t)=>globalThis.fetch(e,t)),e.onSessionChange&&this.#a.add(e.onSessionChange)}get mode(){return this.#n}get accessToken(){return this.#o}get user(){return this.#l}get signedIn(){return this.#l!==null&&this.#o!==null}subscribe(e){return this.#a.add(e),()=>this.#a.delete(e)}async request(e,...[t]){this.#o!==null&&Date.now()>=this.#s-this.#c&&await this.refresh();let n=this.#o,r;try{let i=await this.#h(e,t,n);if(n===null||!zt(i)||i.me!==null)return i;r={data:i}}catch(e){if(!(e instanceof Pt)||!e.has(`UNAUTHENTICATED`))throw e;r={error:e}}if(this.#o!==null&&this.#o!==n||await this.#m(n)&&await this.refresh())return this.#h(e,t,this.#o);if(`error`in r)throw r.error;return r.data}async signIn(e,t){let n={login:e,password:t};if(this.#n===`bearer`){let e=await this.#r.get(Mt.deviceToken);e&&(n.deviceToken=e)}let{login:r}=await this.#h(st,{input:n},null);return r.__typename===`MfaChallenge`?{kind:`secondFactor`,mfaToken:r.mfaToken,expiresIn:r.expiresIn}:{kind:`signedIn`,user:r.user}}async completeSecondFactor(e,t){return(await this.#h(gt,{mfaToken:e,code:t},null)).verifyTotp.user}async register(e){return(await this.#h(ot,{input:e},null)).register.user}async reauthenticate(e,t){await this.request(dt,t===void 0?{password:e}:{password:e,code:t})}refresh(){return this.#u??=this.#p().finally(()=>{this.#u=null}),this.#u}async resume(){return this.signedIn&&Date.now()<this.#s-this.#c||await this.refresh()?this.#l:null}async signOut(e=`LOCAL`){if(e===`OTHERS`){await this.request(lt,{scope:e});return}let t=null;try{this.#n===`cookie`?await this.#h(lt,{scope:e},this.#o):(this.#o!==null||await this.#r.get(Mt.refreshToken))&&await this.request(lt,{scope:e})}catch(e){t=e}finally{await this.#v(`signedOut`)}if(t!==null&&e===`GLOBAL`)throw t}async#p(){let e={};if(this.#n===`bearer`){let t=await this.#r.get(Mt.refreshToken);if(!t)return await this.#v(`expired`),!1;e={refreshToken:t}}try{return await this.#h(ct,e,null),!0}catch(e){if(e instanceof Pt&&Ft.has(e.code))return await this.#v(`expired`),!1;throw e}}async#m(e){return this.#n===`cookie`?e!==null||this.#l!==null:!!await this.#r.get(Mt.refreshToken)}async#h(e,t,n){let r=this.#f,i=await this.#b(e,t,n);return r===this.#f&&await this.#g(i),i}async#g(e){for(let[t,n]of Object.entries(e))if(Wt(n))await this.#_(n);else if(Ut(n)&&this.#l!==null&&n.id===this.#l.id){let e=this.#l;this.#l=n,Ht.some(t=>e[t]!==n[t])&&this.#y(`updated`)}else t===`deleteAccount`&&n===!0&&await this.#v(`signedOut`)}async#_(e){let t=this.#l!==null&&this.#l.id===e.user.id?`refreshed`:`signedIn`;this.#n===`bearer`&&(e.refreshToken&&await this.#r.set(Mt.refreshToken,e.refreshToken),e.deviceToken&&await this.#r.set(Mt.deviceToken,e.deviceToken));let n=e.expiresIn*1e3;this.#o=e.accessToken,this.#s=Date.now()+n,this.#c=Math.min(3e4,n/10),this.#l=e.user,this.#y(t)}async#v(e){let t=this.signedIn;this.#f+=1,this.#o=null,this.#s=0,this.#l=null,this.#n===`bearer`&&await this.#r.remove(Mt.refreshToken),t&&this.#y(e)}#y(e){let t={signedIn:this.signedIn,user:this.#l,reason:e};for(let e of this.#a)try{e(t)}catch{}}async#b(e,t,n){let r=Lt(e),i=/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(r)?.[1],a=JSON.stringify({query:r,variables:t??{},operationName:i}),o=await this.#x(a,n),s;try{s=await o.json()}catch(e){throw Rt(`HTTP ${o.status}: the answer is not JSON`,o.status,e)}if(!zt(s))throw Rt(`HTTP ${o.status}: not a GraphQL answer`,o.status);let c=Array.isArray(s.errors)?s.errors.filter(Bt):[];if(c.length>0)throw new Pt(c,{status:o.status});let l=s.data;if(!o.ok||!zt(l))throw Rt(`HTTP ${o.status}: no data in the answer`,o.status);return l}async#x(e,t){for(let n=0;;n++){let r={"content-type":`application/json`,accept:`application/json`};t!==null&&(r.authorization=`Bearer ${t}`);let i={method:`POST`,headers:r,body:e},a=null;this.#n===`cookie`&&(a=this.#S(),r[`x-portcullis-session`]=`cookie`,r[`x-csrf-token`]=await a,i.credentials=`include`);let o=await this.#w(this.#e,i);if(a===null||o.status!==403||n>0)return o;await o.body?.cancel(),this.#d===a&&(this.#d=null)}}#S(){if(this.#d===null){let e=this.#C();this.#d=e,e.catch(()=>{this.#d===e&&(this.#d=null)})}return this.#d}async#C(){let e=await this.#w(this.#t,{method:`GET`,headers:{accept:`application/json`},credentials:`include`}),t=await e.json().catch(()=>null);if(e.ok&&zt(t)&&typeof t.csrfToken==`string`)return t.csrfToken;if(zt(t)&&Array.isArray(t.errors)){let n=t.errors.filter(Bt);if(n.length>0)throw new Pt(n,{status:e.status})}throw Rt(`HTTP ${e.status} from the CSRF endpoint`,e.status)}async#w(e,t){try{return await this.#i(e,t)}catch(e){throw new Pt([{message:`The server could not be reached.`,extensions:{code:`NETWORK_ERROR`}}],{cause:e})}}};function Lt(e){if(typeof e==`string`||e instanceof String)return e.toString();let t=zt(e)?e.loc:void 0;if(zt(t)&&zt(t.source)&&typeof t.source.body==`string`)return t.source.body;throw TypeError(`Not a document: pass one from @portcullis/client, or a DocumentNode with loc.`)}function Rt(e,t,n){return new Pt([{message:e,extensions:{code:`BAD_RESPONSE`}}],n===void 0?{status:t}:{status:t,cause:n})}function zt(e){return typeof e==`object`&&!!e&&!Array.isArray(e)}function Bt(e){return zt(e)&&typeof e.message==`string`}var Vt={id:`string`,email:`string`,username:`string`,emailVerified:`boolean`,role:`string`,createdAt:`string`,disabled:`boolean`,totpEnabled:`boolean`},Ht=Object.keys(Vt);function Ut(e){return zt(e)&&Ht.every(t=>typeof e[t]===Vt[t])}function Wt(e){return zt(e)&&typeof e.accessToken==`string`&&typeof e.refreshToken==`string`&&typeof e.expiresIn==`number`&&Ut(e.user)}var Gt=new Set;function Kt(e){return Gt.add(e),()=>Gt.delete(e)}var R=new It({mode:`cookie`,onSessionChange:e=>{for(let t of[...Gt])t(e)}});function qt(){return Object.assign(Error(`Signed out.`),{code:`UNAUTHENTICATED`})}async function Jt(){return(await R.request(Qe)).me}async function Yt(e){let t={};e.search&&(t.search=e.search),e.author&&(t.author=e.author);let n=await R.request(et,{first:e.first??null,after:e.after??null,last:e.last??null,before:e.before??null,filter:t.search||t.author?t:null,withTotalCount:!0});return{...n.quotes,totalCount:n.quotes.totalCount??0}}async function Xt(e,t){return(await R.request(Tt,{input:{text:e,author:t}})).createQuote}async function Zt(e,t,n){return(await R.request(Et,{id:e,input:{text:t,author:n}})).updateQuote}async function Qt(e){return(await R.request(Dt,{id:e})).deleteQuote}async function $t(){return(await R.request(yt)).requestEmailVerification}async function en(e){return(await R.request(bt,{token:e})).verifyEmail}async function tn(e){return(await R.request(xt,{email:e})).requestPasswordReset}async function nn(e,t){return(await R.request(St,{token:e,newPassword:t})).resetPassword}async function rn(e,t){return(await R.request(Ct,{newEmail:e,currentPassword:t})).requestEmailChange}async function an(e){return(await R.request(wt,{token:e})).confirmEmailChange}async function z(e,t){await R.request(ft,{currentPassword:e,newPassword:t})}async function B(e){return(await R.request(pt,{password:e})).deleteAccount}async function on(){return(await R.request(mt)).enrollTotp}async function sn(e){return(await R.request(ht,{code:e})).confirmTotp}async function cn(e){return(await R.request(vt,{code:e})).regenerateRecoveryCodes}async function ln(e,t){return(await R.request(_t,{password:e,code:t})).disableTotp}async function V(){return(await R.request($e)).sessions}async function un(e){return(await R.request(ut,{id:e})).revokeSession}async function dn(){return(await R.request(lt,{scope:`OTHERS`})).logout}async function fn(e,t){let n=await R.request(rt,{first:e,after:t,withTotalCount:!0});if(!n.me)throw qt();let r=n.me.securityEvents;return{events:r.nodes,pageInfo:r.pageInfo,totalCount:r.totalCount??null}}async function pn(e,t,n){let r=await R.request(tt,{first:e,after:t,search:n,withTotalCount:!0});return{...r.users,totalCount:r.users.totalCount??0}}async function mn(e){return(await R.request(it,{id:e})).user??null}async function hn(e,t,n){let r=await R.request(at,{id:e,first:t,after:n});if(!r.user)throw Object.assign(Error(`No such user.`),{code:`NOT_FOUND`});return{events:r.user.securityEvents.nodes,pageInfo:r.user.securityEvents.pageInfo,totalCount:null}}async function gn(e,t){return(await R.request(Ot,{userId:e,role:t})).setUserRole}async function _n(e,t){return(await R.request(At,{userId:e,disabled:t})).setUserDisabled}async function vn(e,t){return(await R.request(kt,{userId:e,newPassword:t})).adminResetPassword}async function yn(e){return(await R.request(jt,{userId:e})).adminResetTwoFactor}async function bn(e){return(await R.request(nt,{days:e})).signInActivity}var H=Le({status:`loading`,user:null}),xn=3e4,Sn,Cn=!1,wn=`You are signed out: your session ended (it was revoked or expired, or the account was disabled). Please sign in again.`;function Tn(){Sn===void 0&&(Sn=setInterval(()=>void An(),xn))}function En(){Sn!==void 0&&clearInterval(Sn),Sn=void 0}function Dn(e){let t=H.get();(t.status!==`signedIn`||t.user!==e)&&H.set({status:`signedIn`,user:e}),Tn()}function On(e=wn){En();let t=H.get().status;t!==`signedOut`&&H.set({status:`signedOut`,user:null}),t===`signedIn`&&!Cn&&qe(`info`,e,{code:`SIGNED_OUT`,sticky:!0})}async function kn(){let e=await Jt();return e?(Dn(R.user??e),e):(On(),null)}async function An(){if(H.get().status===`signedIn`)try{await kn()}catch(e){Be(e)!==`UNAUTHENTICATED`&&R.signedIn||On()}}async function jn(){try{let e=await R.resume();e?Dn(e):H.set({status:`signedOut`,user:null})}catch(e){H.set({status:`signedOut`,user:null});let t=Be(e)??`NETWORK_ERROR`;qe(`error`,t===`NETWORK_ERROR`||t===`BAD_RESPONSE`?`Cannot reach the server to restore your session. Reload the page or sign in.`:We(e),{code:t})}}async function Mn(e=`You are signed out.`){Cn=!0,En();try{await R.signOut(`LOCAL`)}finally{H.set({status:`signedOut`,user:null}),qe(`success`,e,{sticky:!0}),Cn=!1}}async function Nn(e){Cn=!0;try{return await e()}finally{Cn=!1}}Kt(e=>{e.signedIn&&e.user?Dn(e.user):e.reason===`expired`?On():Cn?(En(),H.set({status:`signedOut`,user:null})):On()}),document.addEventListener(`visibilitychange`,()=>{document.visibilityState===`visible`&&An()});var Pn=Le(null),Fn=null;function In(){return Fn||(Fn=new Promise(e=>{Pn.set({resolve(t){Pn.set(null),Fn=null,e(t)}})}),Fn)}var Ln=class extends Error{code=`REAUTHENTICATED`;constructor(){super(`Identity confirmed.`)}};async function Rn(e,t=!0){try{return await e()}catch(n){if(Be(n)!==`REAUTHENTICATION_REQUIRED`)throw n;if(!await In())throw new ze;if(!t)throw new Ln;return await e()}}function zn(e){let t=Be(e);if(t===`UNAUTHENTICATED`){if(H.get().status!==`signedIn`)return;if(!R.signedIn){On();return}}t===`CANCELLED`?qe(`info`,`Cancelled: nothing was changed.`,{code:t}):t===`REAUTHENTICATED`?qe(`info`,`Identity confirmed. Each code works once: wait for the next code in your authenticator app, enter it and try again.`,{code:t}):Je(e)}function Bn(){let[e,t]=N(!1),n=Ee(!0);return F(()=>()=>{n.current=!1},[]),{busy:e,run:Oe(async(e,r,i)=>{t(!0);try{let t=await Rn(e,i?.retryAfterReauth??!0);return r&&qe(`success`,typeof r==`string`?r:r(t)),t}catch(e){zn(e);return}finally{n.current&&t(!1)}},[])}}function Vn(e,t){let[n,r]=N({data:void 0,loading:!0,failed:!1}),i=Ee(0),a=Oe(async()=>{let t=++i.current;r(e=>({...e,loading:!0}));try{let n=await Rn(e);return t===i.current&&r({data:n,loading:!1,failed:!1}),n}catch(e){t===i.current&&r(e=>({...e,loading:!1,failed:!0})),zn(e);return}},t);return F(()=>{a()},[a]),{...n,reload:a,setData:e=>r({data:e,loading:!1,failed:!1})}}var Hn=0;Array.isArray;function U(e,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:e,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Hn,__i:-1,__u:0,__source:a,__self:o};if(typeof e==`function`&&(s=e.defaultProps))for(c in s)l[c]===void 0&&(l[c]=s[c]);return t.vnode&&t.vnode(u),u}function W(e){let t=ke(),n=`${t}-hint`,r=Ee(null);F(()=>{e.autoFocus&&r.current?.focus()},[e.autoFocus]);let i={id:t,ref:r,value:e.value,onInput:t=>e.onInput(t.currentTarget.value),required:e.required,disabled:e.disabled,maxLength:e.maxLength,"aria-describedby":e.hint?n:void 0,"data-testid":e.testid};return U(`div`,{class:`field`,children:[U(`label`,{for:t,children:e.label}),e.multiline?U(`textarea`,{...i,rows:3}):U(`input`,{...i,type:e.type??`text`,autoComplete:e.autoComplete,inputMode:e.inputMode,minLength:e.minLength,pattern:e.pattern,spellcheck:e.type===`email`||e.type===`password`?!1:void 0,autoCapitalize:e.type===`email`||e.type===`password`?`none`:void 0}),e.hint&&U(`p`,{class:`hint`,id:n,children:e.hint})]})}function Un(e){return U(W,{label:e.label,value:e.value,onInput:e.onInput,autoComplete:`one-time-code`,required:!0,maxLength:64,hint:e.hint??`The 6-digit code from your authenticator app, or a recovery code.`,autoFocus:e.autoFocus})}function G(e){let t=Ee(null);return F(()=>{document.title=`${e.title} · Portcullis`;let n=document.activeElement;n&&n!==document.body&&t.current?.parentElement?.contains(n)||t.current?.focus({preventScroll:!1})},[e.title]),U(`section`,{class:e.narrow?`page narrow`:`page`,"aria-labelledby":`page-title`,children:[U(`h1`,{id:`page-title`,tabIndex:-1,ref:t,children:e.title}),e.intro&&U(`div`,{class:`intro`,children:e.intro}),e.children]})}function Wn(e){let t=ke();return U(`section`,{class:`card`,"aria-labelledby":t,"data-testid":e.testid,children:[U(`h2`,{id:t,children:e.title}),e.children]})}function K(e){return U(`button`,{type:`submit`,class:`btn ${e.variant??`primary`}`,disabled:e.busy||e.disabled,"aria-busy":e.busy?`true`:void 0,children:e.children})}function Gn(e){return U(`button`,{type:`button`,class:`btn ${e.variant??`secondary`}`,onClick:e.onClick,disabled:e.busy||e.disabled,"aria-busy":e.busy?`true`:void 0,"aria-label":e.label,"data-testid":e.testid,children:e.children})}function Kn(e){return U(`form`,{class:`form`,"aria-label":e.label,role:e.role,"data-testid":e.testid,onSubmit:t=>{t.preventDefault(),e.onSubmit()},children:e.children})}function qn(e){return U(`nav`,{class:`pager`,"aria-label":e.label,children:[U(`button`,{type:`button`,class:`btn secondary`,onClick:e.onPrevious,disabled:!e.hasPrevious||e.busy,children:`← Previous page`}),e.status&&U(`span`,{class:`pager-status`,"data-testid":`pager-status`,children:e.status}),U(`button`,{type:`button`,class:`btn secondary`,onClick:e.onNext,disabled:!e.hasNext||e.busy,children:`Next page →`})]})}var Jn=new Intl.DateTimeFormat(void 0,{year:`numeric`,month:`short`,day:`numeric`,hour:`2-digit`,minute:`2-digit`});function Yn(e){if(!e)return`—`;let t=new Date(e);return Number.isNaN(t.getTime())?e:Jn.format(t)}function Xn(e){return U(`time`,{dateTime:e.at,children:Yn(e.at)})}function Zn(e){return U(`p`,{class:`muted`,role:`status`,children:[`Loading`,e.what?` ${e.what}`:``,`…`]})}function Qn(e){if(!e)return`Unknown device`;let t=/Edg\//.test(e)?`Edge`:/OPR\//.test(e)?`Opera`:/Firefox\//.test(e)?`Firefox`:/Chrom(e|ium)\//.test(e)?/HeadlessChrome/.test(e)?`Headless Chrome`:`Chrome`:/Safari\//.test(e)?`Safari`:/curl\//.test(e)?`curl`:null,n=/Android/.test(e)?`Android`:/iPhone|iPad|iPod/.test(e)?`iOS`:/Windows/.test(e)?`Windows`:/Mac OS X|Macintosh/.test(e)?`macOS`:/Linux/.test(e)?`Linux`:null;return t&&n?`${t} on ${n}`:t??n??(e.length>60?`${e.slice(0,57)}…`:e)}function $n(){let e=Re(Pn),t=Re(H),n=Ee(null),[r,i]=N(``),[a,o]=N(``),[s,c]=N(null),[l,u]=N(!1),d=t.user?.totpEnabled??!1;F(()=>{let t=n.current;t&&(e&&!t.open?(i(``),o(``),c(null),t.showModal()):!e&&t.open&&t.close())},[e]),F(()=>{t.status!==`signedIn`&&e&&e.resolve(!1)},[t.status,e]);let f=async()=>{if(e){u(!0),c(null);try{await R.reauthenticate(r,d?a.trim():void 0),i(``),o(``),e.resolve(!0)}catch(e){c({text:We(e),code:Be(e)??`ERROR`})}finally{u(!1)}}};return U(`dialog`,{ref:n,class:`dialog`,"aria-labelledby":`reauth-title`,"data-testid":`reauth-dialog`,onCancel:t=>{t.preventDefault(),e?.resolve(!1)},children:e&&U(Kn,{onSubmit:()=>void f(),label:`Confirm it's you`,children:[U(`h2`,{id:`reauth-title`,children:`Confirm it's you`}),U(`p`,{children:[`This change needs a recent proof of your identity. Enter your password`,d?` and a code from your authenticator app`:``,` to continue.`]}),U(W,{label:`Your password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0,autoFocus:!0}),d&&U(Un,{label:`Your authentication code`,value:a,onInput:o}),s&&U(`p`,{class:`error`,role:`alert`,"data-testid":`reauth-error`,"data-code":s.code,children:s.text}),U(`div`,{class:`actions`,children:[U(K,{busy:l,children:`Confirm`}),U(`button`,{type:`button`,class:`btn secondary`,onClick:()=>e.resolve(!1),children:`Cancel`})]})]})})}var er=[`/verify-email`,`/reset-password`,`/confirm-email-change`];function tr(){let e=window.location.pathname.replace(/\/+$/,``)||`/`,t=er.includes(e)?e:null,n=window.location.hash.replace(/^#/,``),r=n.indexOf(`?`),i=(r>=0?n.slice(0,r):n)||`/`,a=i.startsWith(`/`)?i:`/${i}`,o=t?new URLSearchParams(window.location.search):new URLSearchParams(r>=0?n.slice(r+1):``);return{linkPage:t,path:a,segments:a.split(`/`).filter(Boolean).map(e=>{try{return decodeURIComponent(e)}catch{return e}}),query:o}}function q(e,t){let n=t?new URLSearchParams(t).toString():``,r=`#${e}${n?`?${n}`:``}`;return er.includes(window.location.pathname)?`/${r}`:r}function nr(e,t){let n=q(e,t);n.startsWith(`/`)?window.location.assign(n):window.location.hash===n?window.dispatchEvent(new HashChangeEvent(`hashchange`)):window.location.hash=n}var rr=new Set;function ir(){for(let e of[...rr])e()}window.addEventListener(`hashchange`,ir),window.addEventListener(`popstate`,ir);function ar(){let[e,t]=N(tr);return F(()=>{let e=()=>t(tr());return rr.add(e),()=>{rr.delete(e)}},[]),e}function or(){let[e,t]=N(``),[n,r]=N(``),[i,a]=N(null),[o,s]=N(``),c=Bn(),l=()=>Ye();return i?U(G,{title:`Two-factor authentication`,narrow:!0,children:[U(`p`,{children:`Enter the 6-digit code from your authenticator app. Lost your phone? Enter one of your recovery codes instead.`}),U(Kn,{onSubmit:()=>c.run(async()=>{if(i){if(Date.now()>i.expiresAt)a(null),s(``),qe(`error`,`The sign-in attempt expired. Please enter your password again.`,{code:`INVALID_TOKEN`});else{try{await R.completeSecondFactor(i.mfaToken,o.trim())}catch(e){throw e.code===`INVALID_TOKEN`&&(a(null),s(``)),e}l()}}}),label:`Second factor`,children:[U(Un,{label:`Authentication code`,value:o,onInput:s,autoFocus:!0}),U(`div`,{class:`actions`,children:[U(K,{busy:c.busy,children:`Verify`}),U(`button`,{type:`button`,class:`btn link`,onClick:()=>{a(null),s(``)},children:`Start over`})]})]})]}):U(G,{title:`Sign in`,narrow:!0,children:[U(Kn,{onSubmit:()=>c.run(async()=>{let t=await R.signIn(e.trim(),n).catch(e=>{throw Be(e)===`FORBIDDEN`?Object.assign(Error(`This account is disabled. Contact an administrator.`),{code:`FORBIDDEN`}):e});t.kind===`secondFactor`?(r(``),a({mfaToken:t.mfaToken,expiresAt:Date.now()+t.expiresIn*1e3}),Ye()):l()}),label:`Sign in`,children:[U(W,{label:`Username or email`,value:e,onInput:t,autoComplete:`username`,required:!0,autoFocus:!0}),U(W,{label:`Password`,type:`password`,value:n,onInput:r,autoComplete:`current-password`,required:!0}),U(`div`,{class:`actions`,children:U(K,{busy:c.busy,children:`Sign in`})})]}),U(`p`,{class:`links`,children:[U(`a`,{href:q(`/forgot-password`),children:`Forgot your password?`}),U(`a`,{href:q(`/signup`),children:`Create an account`})]})]})}function sr(){let[e,t]=N(``),[n,r]=N(``),[i,a]=N(``),o=Bn();return U(G,{title:`Create an account`,narrow:!0,children:[U(Kn,{onSubmit:()=>o.run(async()=>{let t=await R.register({email:e.trim(),username:n.trim(),password:i});qe(`success`,`Welcome, ${t.username}! We sent a link to ${t.email} to verify your address.`),nr(`/quotes`)}),label:`Create an account`,children:[U(W,{label:`Email`,type:`email`,value:e,onInput:t,autoComplete:`email`,required:!0,inputMode:`email`,autoFocus:!0}),U(W,{label:`Username`,value:n,onInput:r,autoComplete:`username`,required:!0,minLength:3,maxLength:32,hint:`3 to 32 letters, digits, '_', '.' or '-'.`}),U(W,{label:`Password`,type:`password`,value:i,onInput:a,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`}),U(`div`,{class:`actions`,children:U(K,{busy:o.busy,children:`Create account`})})]}),U(`p`,{class:`links`,children:U(`a`,{href:q(`/signin`),children:`Already have an account? Sign in`})})]})}function cr(){let[e,t]=N(``),[n,r]=N(!1),i=Bn();return U(G,{title:`Forgot your password?`,narrow:!0,children:[U(`p`,{children:`Enter your account's email address and we will send you a link to choose a new password.`}),U(Kn,{onSubmit:()=>i.run(async()=>{await tn(e.trim()),r(!0)},`If an account uses that address, we sent it a link to choose a new password.`),label:`Request a password reset`,children:[U(W,{label:`Email`,type:`email`,value:e,onInput:t,autoComplete:`email`,required:!0,inputMode:`email`,autoFocus:!0}),U(`div`,{class:`actions`,children:U(K,{busy:i.busy,children:`Send reset link`})})]}),n&&U(`p`,{class:`ok`,"data-testid":`reset-requested`,children:`Check your inbox. The link works once and expires after a while.`}),U(`p`,{class:`links`,children:U(`a`,{href:q(`/signin`),children:`Back to sign in`})})]})}function lr(e){let t=H.get().status===`signedIn`;return U(`div`,{class:`done`,"data-testid":e.testid,children:[U(`p`,{class:`ok`,children:e.children}),U(`p`,{children:U(`a`,{class:`btn primary`,href:t?`/#/account`:`/#/signin`,children:t?`Go to your account`:`Go to sign in`})})]})}function ur(){return U(S,{children:[U(`p`,{class:`error`,"data-testid":`missing-token`,children:`This link is incomplete: it has no token. Open the link from the email again, or copy the whole address.`}),U(`p`,{children:U(`a`,{href:`/#/signin`,children:`Go to sign in`})})]})}function dr(e){let[t,n]=N(!1),r=Bn();return U(G,{title:`Verify your email`,narrow:!0,children:t?U(lr,{testid:`email-verified`,children:`Thank you: your email address is verified.`}):U(Kn,{onSubmit:()=>r.run(async()=>{await en(e.token),n(!0),H.get().status===`signedIn`&&await kn().catch(()=>null)},`Your email address is verified.`),label:`Verify your email`,children:[U(`p`,{children:`Press the button to confirm that this email address is yours.`}),U(`div`,{class:`actions`,children:U(K,{busy:r.busy,children:`Verify email`})})]})})}function fr(e){let[t,n]=N(``),[r,i]=N(``),[a,o]=N(!1),[s,c]=N(!1),l=Bn();return U(G,{title:`Choose a new password`,narrow:!0,children:s?U(lr,{testid:`password-reset`,children:`Your password was changed. Sign in with your new password.`}):U(Kn,{onSubmit:()=>{t===r?(o(!1),l.run(async()=>{await nn(e.token,t),c(!0)},`Your password was changed. Every session was signed out: sign in with the new password.`)):o(!0)},label:`Choose a new password`,children:[U(W,{label:`New password`,type:`password`,value:t,onInput:n,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`,autoFocus:!0}),U(W,{label:`Confirm new password`,type:`password`,value:r,onInput:i,autoComplete:`new-password`,required:!0}),a&&U(`p`,{class:`error`,role:`alert`,children:`The two passwords differ.`}),U(`div`,{class:`actions`,children:U(K,{busy:l.busy,children:`Set new password`})})]})})}function pr(e){let[t,n]=N(null),r=Bn();return U(G,{title:`Confirm your new email`,narrow:!0,children:t?U(lr,{testid:`email-changed`,children:`Your email address is now ${t}.`}):U(Kn,{onSubmit:()=>r.run(async()=>{let t=await an(e.token);n(t.email),H.get().status===`signedIn`&&await kn().catch(()=>null)},`Your email address was changed.`),label:`Confirm your new email`,children:[U(`p`,{children:`Press the button to make this address your account's email.`}),U(`div`,{class:`actions`,children:U(K,{busy:r.busy,children:`Confirm email change`})})]})})}function mr(e){if(!e.token)return U(G,{title:e.page===`/verify-email`?`Verify your email`:e.page===`/reset-password`?`Choose a new password`:`Confirm your new email`,narrow:!0,children:U(ur,{})});switch(e.page){case`/verify-email`:return U(dr,{token:e.token});case`/reset-password`:return U(fr,{token:e.token});case`/confirm-email-change`:return U(pr,{token:e.token})}}function hr(e){let t=e.quote,[n,r]=N(`view`),[i,a]=N(t.text),[o,s]=N(t.author),c=Bn(),l=()=>c.run(async()=>{await Zt(t.id,i,o),r(`view`),e.onChanged()},`Quote saved.`),u=()=>c.run(async()=>{await Qt(t.id),e.onChanged()},`Quote deleted.`);return U(`li`,{class:`row quote`,"data-testid":`quote-row`,"data-id":t.id,children:n===`edit`?U(Kn,{onSubmit:l,label:`Edit quote`,children:[U(W,{label:`Edit quote`,value:i,onInput:a,required:!0,multiline:!0,maxLength:2e3,autoFocus:!0}),U(W,{label:`Edit author`,value:o,onInput:s,required:!0,maxLength:200}),U(`div`,{class:`actions`,children:[U(K,{busy:c.busy,children:`Save`}),U(Gn,{onClick:()=>{a(t.text),s(t.author),r(`view`)},children:`Cancel`})]})]}):U(S,{children:[U(`blockquote`,{children:[U(`p`,{"data-testid":`quote-text`,children:t.text}),U(`footer`,{children:[`— `,U(`cite`,{"data-testid":`quote-author`,children:t.author}),U(`span`,{class:`muted small`,children:[` `,`· `,U(Xn,{at:t.createdAt})]})]})]}),n===`confirm`?U(`div`,{class:`actions confirm`,role:`group`,"aria-label":`Confirm deletion`,children:[U(`span`,{children:`Delete this quote?`}),U(Gn,{variant:`danger`,busy:c.busy,onClick:()=>void u(),children:`Yes, delete`}),U(Gn,{onClick:()=>r(`view`),children:`Keep it`})]}):U(`div`,{class:`actions`,children:[U(Gn,{onClick:()=>{a(t.text),s(t.author),r(`edit`)},children:`Edit`}),U(Gn,{variant:`danger-quiet`,onClick:()=>r(`confirm`),children:`Delete`})]})]})})}var gr={first:10};function _r(){let[e,t]=N({cursor:gr,page:1,filter:{search:``,author:``}}),[n,r]=N(``),[i,a]=N(``),[o,s]=N(``),[c,l]=N(``),u=Bn(),d=Vn(async()=>({conn:await Yt({...e.cursor,...e.filter}),view:e}),[e]),f=(n=e.filter)=>t({cursor:gr,page:1,filter:n}),p=()=>u.run(async()=>{await Xt(o,c),s(``),l(``),e.page===1&&!e.cursor.after&&!e.cursor.before?await d.reload():f()},`Quote added.`),m=()=>f({search:n.trim(),author:i.trim()}),h=()=>{r(``),a(``),f({search:``,author:``})},g=async()=>{let e=await d.reload();e&&e.conn.nodes.length===0&&e.view.page>1&&f()},_=d.data?.conn,v=d.data?.view,y=!!(v&&(v.filter.search||v.filter.author)),b=_?Math.max(1,Math.ceil(_.totalCount/10)):1;return U(G,{title:`Quotes`,children:[U(Wn,{title:`Add a quote`,children:U(Kn,{onSubmit:p,label:`Add a quote`,children:[U(W,{label:`Quote`,value:o,onInput:s,required:!0,multiline:!0,maxLength:2e3}),U(W,{label:`Author`,value:c,onInput:l,required:!0,maxLength:200}),U(`div`,{class:`actions`,children:U(K,{busy:u.busy,children:`Add quote`})})]})}),U(Wn,{title:`Your quotes`,children:[U(Kn,{onSubmit:m,role:`search`,label:`Find quotes`,children:[U(`div`,{class:`inline-fields`,children:[U(W,{label:`Search quotes`,type:`search`,value:n,onInput:r,hint:`Words in the text or the author.`}),U(W,{label:`Filter by author`,value:i,onInput:a,hint:`The exact author name.`})]}),U(`div`,{class:`actions`,children:[U(K,{variant:`secondary`,children:`Apply filters`}),(e.filter.search||e.filter.author||n||i)&&U(Gn,{onClick:h,children:`Clear filters`})]})]}),!_&&d.loading&&U(Zn,{what:`quotes`}),_&&v&&U(S,{children:[U(`p`,{class:`muted`,"data-testid":`quote-count`,"aria-live":`polite`,children:_.totalCount===0?y?`No quotes match these filters.`:`No quotes yet: add your first one above.`:`${_.totalCount} quote${_.totalCount===1?``:`s`}${y?` match`:``} · page ${Math.min(v.page,b)} of ${b}`}),U(`ul`,{class:`rows`,"data-testid":`quote-list`,"aria-busy":d.loading?`true`:void 0,children:_.nodes.map(e=>U(hr,{quote:e,onChanged:()=>void g()},e.id))}),U(qn,{label:`Quote pages`,busy:d.loading,hasPrevious:_.pageInfo.hasPreviousPage,hasNext:_.pageInfo.hasNextPage,onPrevious:()=>{v.page<=2||!_.pageInfo.startCursor?f(v.filter):t({cursor:{last:10,before:_.pageInfo.startCursor},page:v.page-1,filter:v.filter})},onNext:()=>{_.pageInfo.endCursor&&t({cursor:{first:10,after:_.pageInfo.endCursor},page:v.page+1,filter:v.filter})}})]})]})]})}function vr(e){let t=e.user,n=Bn();return U(G,{title:`Account`,children:[U(Wn,{title:`Profile`,children:[U(`dl`,{class:`facts`,children:[U(`dt`,{children:`Username`}),U(`dd`,{"data-testid":`account-username`,children:t.username}),U(`dt`,{children:`Email`}),U(`dd`,{"data-testid":`account-email`,children:t.email}),U(`dt`,{children:`Email status`}),U(`dd`,{"data-testid":`email-status`,children:t.emailVerified?U(`span`,{class:`badge ok`,children:`Verified`}):U(`span`,{class:`badge warn`,children:`Not verified`})}),U(`dt`,{children:`Role`}),U(`dd`,{"data-testid":`account-role`,children:t.role===`ADMIN`?`Administrator`:`User`}),U(`dt`,{children:`Two-factor authentication`}),U(`dd`,{children:t.totpEnabled?`On`:`Off`}),U(`dt`,{children:`Member since`}),U(`dd`,{children:Yn(t.createdAt)})]}),!t.emailVerified&&U(`div`,{class:`actions`,children:U(Gn,{busy:n.busy,onClick:()=>void n.run(()=>$t(),`We sent a new verification link to ${t.email}.`),children:`Resend verification email`})})]}),U(Wn,{title:`Manage`,children:U(`ul`,{class:`link-list`,children:[U(`li`,{children:U(`a`,{href:q(`/account/password`),children:`Change password`})}),U(`li`,{children:U(`a`,{href:q(`/account/email`),children:`Change email`})}),U(`li`,{children:U(`a`,{href:q(`/security`),children:`Two-factor authentication`})}),U(`li`,{children:U(`a`,{href:q(`/sessions`),children:`Sessions`})}),U(`li`,{children:U(`a`,{href:q(`/activity`),children:`Security activity`})}),U(`li`,{children:U(`a`,{href:q(`/account/delete`),class:`danger-link`,children:`Delete account`})})]})})]})}function yr(){let[e,t]=N(``),[n,r]=N(``),[i,a]=N(``),[o,s]=N(!1),c=Bn();return U(G,{title:`Change password`,narrow:!0,children:U(Kn,{onSubmit:()=>{n===i?(s(!1),c.run(async()=>{await z(e,n),t(``),r(``),a(``),nr(`/account`)},`Password changed. Your other sessions were signed out.`)):s(!0)},label:`Change password`,children:[U(W,{label:`Current password`,type:`password`,value:e,onInput:t,autoComplete:`current-password`,required:!0,autoFocus:!0}),U(W,{label:`New password`,type:`password`,value:n,onInput:r,autoComplete:`new-password`,required:!0,minLength:8,hint:`At least 8 characters; not a common password, nor your username or email.`}),U(W,{label:`Confirm new password`,type:`password`,value:i,onInput:a,autoComplete:`new-password`,required:!0}),o&&U(`p`,{class:`error`,role:`alert`,children:`The two new passwords differ.`}),U(`div`,{class:`actions`,children:[U(K,{busy:c.busy,children:`Change password`}),U(`a`,{class:`btn secondary`,href:q(`/account`),children:`Cancel`})]})]})})}function br(e){let[t,n]=N(``),[r,i]=N(``),[a,o]=N(null),s=Bn();return U(G,{title:`Change email`,narrow:!0,children:[U(`p`,{children:[`Your address is `,U(`strong`,{children:e.user.email}),`. We will send a link to the new address; the change happens when you open it.`]}),U(Kn,{onSubmit:()=>s.run(async()=>{let e=t.trim();return await rn(e,r),i(``),o(e),e},e=>`We sent a confirmation link to ${e}. Your email changes when you open it.`),label:`Change email`,children:[U(W,{label:`New email`,type:`email`,value:t,onInput:n,autoComplete:`email`,inputMode:`email`,required:!0,autoFocus:!0}),U(W,{label:`Current password`,type:`password`,value:r,onInput:i,autoComplete:`current-password`,required:!0}),U(`div`,{class:`actions`,children:[U(K,{busy:s.busy,children:`Send confirmation link`}),U(`a`,{class:`btn secondary`,href:q(`/account`),children:`Cancel`})]})]}),a&&U(`p`,{class:`ok`,"data-testid":`email-change-requested`,children:[`Check the inbox of `,a,` for the confirmation link.`]})]})}function xr(e){let[t,n]=N(``),[r,i]=N(!1),a=Bn();return U(G,{title:`Delete account`,narrow:!0,children:[U(`p`,{class:`warn-text`,children:[`This deletes your account `,U(`strong`,{children:e.user.username}),`, all your quotes and every session, for good. It cannot be undone.`]}),U(Kn,{onSubmit:()=>a.run(async()=>{await Nn(()=>B(t)),qe(`success`,`The account ${e.user.username} and its quotes were deleted.`,{sticky:!0}),nr(`/signin`)}),label:`Delete account`,children:[U(W,{label:`Password`,type:`password`,value:t,onInput:n,autoComplete:`current-password`,required:!0,autoFocus:!0}),U(`div`,{class:`field checkbox`,children:[U(`input`,{id:`delete-sure`,type:`checkbox`,checked:r,onChange:e=>i(e.currentTarget.checked)}),U(`label`,{for:`delete-sure`,children:`I understand that this cannot be undone`})]}),U(`div`,{class:`actions`,children:[U(K,{busy:a.busy,variant:`danger`,disabled:!r,children:`Delete my account`}),U(`a`,{class:`btn secondary`,href:q(`/account`),children:`Cancel`})]})]})]})}function Sr(e){return U(Wn,{title:`Your recovery codes`,testid:`recovery-codes-panel`,children:[U(`p`,{children:[`Each code signs you in once if you lose your authenticator. `,U(`strong`,{children:`Save them now`}),` (print them or keep them in a password manager): they are not shown again.`]}),U(`ol`,{class:`codes`,"data-testid":`recovery-codes`,children:e.codes.map(e=>U(`li`,{children:U(`code`,{"data-testid":`recovery-code`,children:e})},e))}),U(`div`,{class:`actions`,children:[U(Gn,{onClick:()=>{navigator.clipboard?.writeText(e.codes.join(`
`)).catch(()=>void 0)},children:`Copy codes`}),U(Gn,{variant:`primary`,onClick:e.onDone,children:`I have saved my recovery codes`})]})]})}function Cr(e){let[t,n]=N(null),[r,i]=N(``),[a,o]=N(null),s=Bn(),c=Bn(),l=()=>s.run(async()=>{n(await on()),i(``)});return a?U(G,{title:`Two-factor authentication`,children:U(Sr,{codes:a,onDone:()=>o(null)})}):U(G,{title:`Two-factor authentication`,children:[U(`p`,{"data-testid":`totp-status`,class:`status-line`,children:[`Two-factor authentication is`,` `,e.user.totpEnabled?U(`span`,{class:`badge ok`,children:`On`}):U(`span`,{class:`badge`,children:`Off`})]}),e.user.totpEnabled?U(Wn,{title:`Manage`,children:[U(`p`,{children:`Signing in asks for a code from your authenticator app (or a recovery code) after your password.`}),U(`ul`,{class:`link-list`,children:[U(`li`,{children:U(`a`,{href:q(`/security/recovery-codes`),children:`Generate new recovery codes`})}),U(`li`,{children:U(`a`,{href:q(`/security/disable`),class:`danger-link`,children:`Turn off two-factor authentication`})})]})]}):t?U(Wn,{title:`Set up your authenticator app`,testid:`totp-enrollment`,children:U(`ol`,{class:`steps`,children:[U(`li`,{children:[U(`p`,{children:`Scan this QR code with an authenticator app (for example FreeOTP, Aegis, Google Authenticator or 1Password).`}),U(`img`,{class:`qr`,src:t.qrCodeDataUrl,alt:`QR code for your authenticator app`,width:200,height:200,"data-testid":`totp-qr`})]}),U(`li`,{children:[U(`p`,{children:`Or type this secret into the app:`}),U(`p`,{children:U(`code`,{class:`secret`,"data-testid":`totp-secret`,children:t.secret})})]}),U(`li`,{children:[U(`p`,{children:`Enter the 6-digit code the app shows now.`}),U(Kn,{onSubmit:()=>c.run(async()=>{let e=await sn(r.trim());n(null),i(``),o(e),await kn().catch(()=>null)},`Two-factor authentication is on.`),label:`Confirm two-factor authentication`,children:[U(W,{label:`Code from your authenticator app`,value:r,onInput:i,autoComplete:`one-time-code`,inputMode:`numeric`,required:!0,maxLength:10,autoFocus:!0}),U(`div`,{class:`actions`,children:[U(K,{busy:c.busy,children:`Turn on two-factor authentication`}),U(Gn,{onClick:()=>n(null),children:`Cancel`})]})]})]})]})}):U(Wn,{title:`Protect your account`,children:[U(`p`,{children:`With two-factor authentication, signing in also needs a code from an app on your phone.`}),U(`div`,{class:`actions`,children:U(Gn,{variant:`primary`,busy:s.busy,onClick:()=>void l(),children:`Set up two-factor authentication`})})]})]})}function wr(){let[e,t]=N(``),[n,r]=N(null),i=Bn();return U(G,{title:`New recovery codes`,narrow:!0,children:n?U(Sr,{codes:n,onDone:()=>nr(`/security`)}):U(S,{children:[U(`p`,{children:`New codes replace all your current recovery codes.`}),U(Kn,{onSubmit:()=>i.run(async()=>{r(await cn(e.trim())),t(``)},`New recovery codes generated; the old ones no longer work.`,{retryAfterReauth:!1}),label:`Generate new recovery codes`,children:[U(Un,{label:`Authentication code`,value:e,onInput:t,hint:`The 6-digit code from your authenticator app.`,autoFocus:!0}),U(`div`,{class:`actions`,children:[U(K,{busy:i.busy,children:`Generate new recovery codes`}),U(`a`,{class:`btn secondary`,href:q(`/security`),children:`Cancel`})]})]})]})})}function Tr(){let[e,t]=N(``),[n,r]=N(``),i=Bn();return U(G,{title:`Turn off two-factor authentication`,narrow:!0,children:[U(`p`,{children:`Signing in will ask for your password only.`}),U(Kn,{onSubmit:()=>i.run(async()=>{await ln(e,n.trim()),await kn().catch(()=>null),nr(`/security`)},`Two-factor authentication is off.`),label:`Turn off two-factor authentication`,children:[U(W,{label:`Password`,type:`password`,value:e,onInput:t,autoComplete:`current-password`,required:!0,autoFocus:!0}),U(Un,{label:`Authentication code`,value:n,onInput:r}),U(`div`,{class:`actions`,children:[U(K,{busy:i.busy,variant:`danger`,children:`Turn off two-factor authentication`}),U(`a`,{class:`btn secondary`,href:q(`/security`),children:`Cancel`})]})]})]})}function Er(e){let t=e.session,n=Bn();return U(`li`,{class:`row session`,"data-testid":`session-row`,"data-current":t.current?`true`:`false`,children:[U(`div`,{class:`row-main`,children:[U(`p`,{class:`row-title`,children:[Qn(t.userAgent),t.current&&U(`span`,{class:`badge ok`,"data-testid":`session-current`,children:`This device`})]}),U(`p`,{class:`muted small`,children:[t.ip?`IP ${t.ip} · `:``,`signed in `,U(Xn,{at:t.createdAt}),` · last active `,U(Xn,{at:t.lastUsedAt})]})]}),U(`div`,{class:`actions`,children:t.current?U(Gn,{onClick:()=>void Mn(),children:`Sign out`}):U(Gn,{variant:`danger-quiet`,busy:n.busy,onClick:()=>void n.run(async()=>{await un(t.id),e.onChanged()},`Session revoked: that device is signed out.`),children:`Revoke`})})]})}function Dr(){let e=Vn(V,[]),t=Bn(),n=e.data,r=n?n.filter(e=>!e.current).length:0;return U(G,{title:`Sessions`,intro:U(`p`,{children:`Every device where you are signed in. Revoke any you do not recognise.`}),children:U(Wn,{title:`Signed-in devices`,children:[!n&&e.loading&&U(Zn,{what:`sessions`}),n&&U(S,{children:[U(`p`,{class:`muted`,"data-testid":`session-count`,children:[n.length,` session`,n.length===1?``:`s`]}),U(`ul`,{class:`rows`,children:n.map(t=>U(Er,{session:t,onChanged:()=>void e.reload()},t.id))}),U(`div`,{class:`actions`,children:U(Gn,{variant:`danger`,busy:t.busy,disabled:r===0,onClick:()=>void t.run(async()=>{await dn(),await e.reload()},`Every other session was signed out.`),children:`Sign out all other sessions`})})]})]})})}var Or={SIGN_IN_SUCCEEDED:`Signed in`,SIGN_IN_FAILED:`Failed sign-in`,REFRESH_TOKEN_REUSED:`Stolen-token alarm: session revoked`,PASSWORD_CHANGED:`Password changed`,PASSWORD_RESET:`Password reset`,EMAIL_CHANGED:`Email changed`,TOTP_ENABLED:`Two-factor authentication turned on`,TOTP_DISABLED:`Two-factor authentication turned off`,ROLE_CHANGED:`Role changed`,ACCOUNT_DISABLED:`Account disabled`,ACCOUNT_ENABLED:`Account enabled`,ACCOUNT_DELETED:`Account deleted`,TWO_FACTOR_RESET:`Two-factor authentication reset by an admin`},kr=new Set([`SIGN_IN_FAILED`,`REFRESH_TOKEN_REUSED`,`ACCOUNT_DISABLED`]),Ar={pwd:`password`,"pwd totp":`password + authenticator code`,"pwd recovery":`password + recovery code`,wrong_password:`wrong password`,wrong_second_factor:`wrong second factor`,account_disabled:`account disabled`,email:`email link`};function jr(e){if(!e)return``;try{let t=JSON.parse(e),n=[];for(let[e,r]of Object.entries(t)){let t=typeof r==`string`?Ar[r]??r:JSON.stringify(r),i=e===`amr`?`method`:e===`by`?`by admin`:e===`sessionId`?`session`:e;n.push(`${i}: ${t}`)}return n.join(`, `)}catch{return e}}function Mr(e){let t=e.event,n=jr(t.detail);return U(`li`,{class:`row event${kr.has(t.kind)?` warn`:``}`,"data-testid":`event-row`,"data-kind":t.kind,children:[U(`p`,{class:`row-title`,children:[U(`span`,{"data-testid":`event-kind`,children:Or[t.kind]??t.kind}),U(`span`,{class:`muted small`,children:[` `,`· `,U(Xn,{at:t.at})]})]}),U(`p`,{class:`muted small`,children:[n,t.ip?`IP ${t.ip}`:``,t.userAgent?Qn(t.userAgent):``].filter(Boolean).join(` · `)})]})}function Nr(e){let[t,n]=N([null]),[r,i]=N(e.resetKey);r!==e.resetKey&&(i(e.resetKey),n([null]));let a=t[t.length-1]??null,o=t.length,s=Vn(async()=>({...await e.load(20,a),page:o}),[a,o,e.resetKey]),c=s.data;if(!c)return s.loading?U(Zn,{what:`events`}):null;let l=c.totalCount,u=l===null?null:Math.max(1,Math.ceil(l/20));return U(S,{children:[U(`p`,{class:`muted`,"data-testid":`event-count`,children:c.events.length===0&&c.page===1?`No events yet.`:l===null?`Page ${c.page}`:`${l} event${l===1?``:`s`} · page ${c.page} of ${u}`}),U(`ul`,{class:`rows`,"data-testid":`event-list`,"aria-busy":s.loading?`true`:void 0,children:c.events.map(e=>U(Mr,{event:e},e.id))}),U(qn,{label:e.label,busy:s.loading,hasPrevious:c.page>1,hasNext:c.pageInfo.hasNextPage,onPrevious:()=>n(t.slice(0,c.page-1)),onNext:()=>{c.pageInfo.endCursor&&n([...t.slice(0,c.page),c.pageInfo.endCursor])}})]})}function Pr(e){return U(G,{title:`Security activity`,intro:U(`p`,{children:`Sign-ins, failed attempts and changes to your account, newest first. Something you do not recognise? Change your password and revoke your sessions.`}),children:U(Wn,{title:`Events`,children:U(Nr,{load:fn,resetKey:e.userId,label:`Security activity pages`})})})}var Fr=!0,Ir=`uplot`,Lr=`u-hz`,Rr=`u-vt`,zr=`u-title`,Br=`u-wrap`,Vr=`u-under`,Hr=`u-over`,Ur=`u-axis`,Wr=`u-off`,Gr=`u-select`,Kr=`u-cursor-x`,qr=`u-cursor-y`,Jr=`u-cursor-pt`,Yr=`u-legend`,Xr=`u-live`,Zr=`u-inline`,Qr=`u-series`,$r=`u-marker`,ei=`u-label`,ti=`u-value`,ni=`width`,ri=`height`,ii=`top`,ai=`bottom`,oi=`left`,si=`right`,ci=`#000`,li=`#0000`,ui=`mousemove`,di=`mousedown`,fi=`mouseup`,pi=`mouseenter`,mi=`mouseleave`,hi=`dblclick`,gi=`resize`,_i=`scroll`,vi=`change`,yi=`dppxchange`,bi=`--`,xi=typeof window<`u`,Si=xi?document:null,Ci=xi?window:null,wi=xi?navigator:null,J,Ti;function Ei(){let e=devicePixelRatio;J!=e&&(J=e,Ti&&Bi(vi,Ti,Ei),Ti=matchMedia(`(min-resolution: ${J-.001}dppx) and (max-resolution: ${J+.001}dppx)`),zi(vi,Ti,Ei),Ci.dispatchEvent(new CustomEvent(yi)))}function Di(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function Oi(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function Y(e,t,n){e.style[t]=n+`px`}function ki(e,t,n,r){let i=Si.createElement(e);return t!=null&&Di(i,t),n?.insertBefore(i,r),i}function Ai(e,t){return ki(`div`,e,t)}var ji=new WeakMap;function Mi(e,t,n,r,i){let a=`translate(`+t+`px,`+n+`px)`;a!=ji.get(e)&&(e.style.transform=a,ji.set(e,a),t<0||n<0||t>r||n>i?Di(e,Wr):Oi(e,Wr))}var Ni=new WeakMap;function Pi(e,t,n){let r=t+n;r!=Ni.get(e)&&(Ni.set(e,r),e.style.background=t,e.style.borderColor=n)}var Fi=new WeakMap;function Ii(e,t,n,r){let i=t+``+n;i!=Fi.get(e)&&(Fi.set(e,i),e.style.height=n+`px`,e.style.width=t+`px`,e.style.marginLeft=r?-t/2+`px`:0,e.style.marginTop=r?-n/2+`px`:0)}var Li={passive:!0},Ri={...Li,capture:!0};function zi(e,t,n,r){t.addEventListener(e,n,r?Ri:Li)}function Bi(e,t,n,r){t.removeEventListener(e,n,Li)}xi&&Ei();function Vi(e,t,n,r){let i;n||=0,r||=t.length-1;let a=r<=0x7fffffff;for(;r-n>1;)i=a?n+r>>1:ca((n+r)/2),t[i]<e?n=i:r=i;return e-t[n]<=t[r]-e?n:r}function Hi(e){return(t,n,r)=>{let i=-1,a=-1;for(let a=n;a<=r;a++)if(e(t[a])){i=a;break}for(let i=r;i>=n;i--)if(e(t[i])){a=i;break}return[i,a]}}var Ui=e=>e!=null,Wi=e=>e!=null&&e>0,Gi=Hi(Ui),Ki=Hi(Wi);function qi(e,t,n,r=0,i=!1){let a=i?Ki:Gi,o=i?Wi:Ui;[t,n]=a(e,t,n);let s=e[t],c=e[t];if(t>-1){if(r==1)s=e[t],c=e[n];else if(r==-1)s=e[n],c=e[t];else for(let r=t;r<=n;r++){let t=e[r];o(t)&&(t<s?s=t:t>c&&(c=t))}}return[s??ya,c??-ya]}function Ji(e,t,n,r){let i=ma(e),a=ma(t);e==t&&(i==-1?(e*=n,t/=n):(e/=n,t*=n));let o=n==10?ha:ga,s=i==1?ca:ua,c=a==1?ua:ca,l=s(o(sa(e))),u=c(o(sa(t))),d=pa(n,l),f=pa(n,u);return n==10&&(l<0&&(d=Q(d,-l)),u<0&&(f=Q(f,-u))),r||n==2?(e=d*i,t=f*a):(e=Na(e,d),t=Ma(t,f)),[e,t]}function Yi(e,t,n,r){let i=Ji(e,t,n,r);return e==0&&(i[0]=0),t==0&&(i[1]=0),i}var Xi=.1,Zi={mode:3,pad:Xi},Qi={pad:0,soft:null,mode:0},$i={min:Qi,max:Qi};function ea(e,t,n,r){return Wa(n)?na(e,t,n):(Qi.pad=n,Qi.soft=r?0:null,Qi.mode=r?3:0,na(e,t,$i))}function X(e,t){return e??t}function ta(e,t,n){for(t=X(t,0),n=X(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function na(e,t,n){let r=n.min,i=n.max,a=X(r.pad,0),o=X(i.pad,0),s=X(r.hard,-ya),c=X(i.hard,ya),l=X(r.soft,ya),u=X(i.soft,-ya),d=X(r.mode,0),f=X(i.mode,0),p=t-e,m=ha(p),h=fa(sa(e),sa(t)),g=sa(ha(h)-m);(p<1e-24||g>10)&&(p=0,(e==0||t==0)&&(p=1e-24,d==2&&l!=ya&&(a=0),f==2&&u!=-ya&&(o=0)));let _=p||h||1e3,v=pa(10,ca(ha(_))),y=Q(Na(e-_*(p==0?e==0?.1:1:a),v/10),24),b=e>=l&&(d==1||d==3&&y<=l||d==2&&y>=l)?l:ya,x=fa(s,y<b&&e>=b?b:da(b,y)),S=Q(Ma(t+_*(p==0?t==0?.1:1:o),v/10),24),C=t<=u&&(f==1||f==3&&S>=u||f==2&&S<=u)?u:-ya,w=da(c,S>C&&t<=C?C:fa(C,S));return x==w&&x==0&&(w=100),[x,w]}var ra=new Intl.NumberFormat(xi?wi.language:`en-US`),ia=e=>ra.format(e),aa=Math,oa=aa.PI,sa=aa.abs,ca=aa.floor,la=aa.round,ua=aa.ceil,da=aa.min,fa=aa.max,pa=aa.pow,ma=aa.sign,ha=aa.log10,ga=aa.log2,_a=(e,t=1)=>aa.sinh(e)*t,va=(e,t=1)=>aa.asinh(e/t),ya=1/0;function ba(e){return(ha((e^e>>31)-(e>>31))|0)+1}function xa(e,t,n){return da(fa(e,t),n)}function Sa(e){return typeof e==`function`}function Z(e){return Sa(e)?e:()=>e}var Ca=()=>{},wa=e=>e,Ta=(e,t)=>t,Ea=e=>null,Da=e=>!0,Oa=(e,t)=>e==t,ka=/\.\d*?(?=9{6,}|0{6,})/gm,Aa=e=>{if(Va(e)||Pa.has(e))return e;let t=`${e}`,n=t.match(ka);if(n==null)return e;let r=n[0].length-1;if(t.indexOf(`e-`)!=-1){let[e,n]=t.split(`e`);return+`${Aa(e)}e${n}`}return Q(e,r)};function ja(e,t){return Aa(Q(Aa(e/t))*t)}function Ma(e,t){return Aa(ua(Aa(e/t))*t)}function Na(e,t){return Aa(ca(Aa(e/t))*t)}function Q(e,t=0){if(Va(e))return e;let n=10**t;return la(e*n*(1+2**-52))/n}var Pa=new Map;function Fa(e){return((``+e).split(`.`)[1]||``).length}function Ia(e,t,n,r){let i=[],a=r.map(Fa);for(let o=t;o<n;o++){let t=sa(o),n=Q(pa(e,o),t);for(let s=0;s<r.length;s++){let c=e==10?+`${r[s]}e${o}`:r[s]*n,l=(o>=0?0:t)+(o>=a[s]?0:a[s]),u=e==10?c:Q(c,l);i.push(u),Pa.set(u,l)}}return i}var La={},Ra=[],za=[null,null],Ba=Array.isArray,Va=Number.isInteger,Ha=e=>e===void 0;function Ua(e){return typeof e==`string`}function Wa(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Ga(e){return typeof e==`object`&&!!e}var Ka=Object.getPrototypeOf(Uint8Array),qa=`__proto__`;function Ja(e,t=Wa){let n;if(Ba(e)){let r=e.find(e=>e!=null);if(Ba(r)||t(r)){n=Array(e.length);for(let r=0;r<e.length;r++)n[r]=Ja(e[r],t)}else n=e.slice()}else if(e instanceof Ka)n=e.slice();else if(t(e)){n={};for(let r in e)r!=qa&&(n[r]=Ja(e[r],t))}else n=e;return n}function Ya(e){let t=arguments;for(let n=1;n<t.length;n++){let r=t[n];for(let t in r)t!=qa&&(Wa(e[t])?Ya(e[t],Ja(r[t])):e[t]=Ja(r[t]))}return e}var Xa=0,Za=1,Qa=2;function $a(e,t,n){for(let r=0,i,a=-1;r<t.length;r++){let o=t[r];if(o>a){for(i=o-1;i>=0&&e[i]==null;)e[i--]=null;for(i=o+1;i<n&&e[i]==null;)e[a=i++]=null}}}var eo=typeof queueMicrotask>`u`?e=>Promise.resolve().then(e):queueMicrotask;function to(e){let t=e[0],n=t.length,r=Array(n);for(let e=0;e<r.length;e++)r[e]=e;r.sort((e,n)=>t[e]-t[n]);let i=[];for(let t=0;t<e.length;t++){let a=e[t],o=Array(n);for(let e=0;e<n;e++)o[e]=a[r[e]];i.push(o)}return i}function no(e){let t=e[0][0],n=t.length;for(let r=1;r<e.length;r++){let i=e[r][0];if(i.length!=n)return!1;if(i!=t){for(let e=0;e<n;e++)if(i[e]!=t[e])return!1}}return!0}function ro(e,t=100){let n=e.length;if(n<=1)return!0;let r=0,i=n-1;for(;r<=i&&e[r]==null;)r++;for(;i>=r&&e[i]==null;)i--;if(i<=r)return!0;let a=fa(1,ca((i-r+1)/t));for(let t=e[r],n=r+a;n<=i;n+=a){let r=e[n];if(r!=null){if(r<=t)return!1;t=r}}return!0}var io=[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],ao=[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`];function oo(e){return e.slice(0,3)}var so=ao.map(oo),co={MMMM:io,MMM:io.map(oo),WWWW:ao,WWW:so};function lo(e){return(e<10?`0`:``)+e}function uo(e){return(e<10?`00`:e<100?`0`:``)+e}var fo={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+``).slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>lo(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>lo(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>lo(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?`PM`:`AM`,aa:e=>e.getHours()>=12?`pm`:`am`,a:e=>e.getHours()>=12?`p`:`a`,mm:e=>lo(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>lo(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>uo(e.getMilliseconds())};function po(e,t){t||=co;let n=[],r=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=r.exec(e);)n.push(i[0][0]==`{`?fo[i[1]]:i[0]);return e=>{let r=``;for(let i=0;i<n.length;i++)r+=typeof n[i]==`string`?n[i]:n[i](e,t);return r}}var mo=new Intl.DateTimeFormat().resolvedOptions().timeZone,ho=e=>e%1==0,go=[1,2,2.5,5],_o=Ia(10,-32,0,go),vo=Ia(10,0,32,go),yo=vo.filter(ho),bo=_o.concat(vo),xo=`
`,So=`{YYYY}`,Co=xo+So,wo=`{M}/{D}`,To=xo+wo,Eo=To+`/{YY}`,Do=`{aa}`,Oo=`{h}:{mm}`+Do,ko=xo+Oo,Ao=`:{ss}`,$=null;function jo(e){let t=e*1e3,n=t*60,r=n*60,i=r*24,a=i*30,o=i*365,s=(e==1?Ia(10,0,3,go).filter(ho):Ia(10,-3,0,go)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,r,r*2,r*3,r*4,r*6,r*8,r*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),c=[[o,So,$,$,$,$,$,$,1],[i*28,`{MMM}`,Co,$,$,$,$,$,1],[i,wo,Co,$,$,$,$,$,1],[r,`{h}`+Do,Eo,$,To,$,$,$,1],[n,Oo,Eo,$,To,$,$,$,1],[t,Ao,Eo+` `+Oo,$,To+` `+Oo,$,ko,$,1],[e,Ao+`.{fff}`,Eo+` `+Oo,$,To+` `+Oo,$,ko,$,1]];function l(t){return(s,c,l,u,d,f)=>{let p=[],m=d>=o,h=d>=a&&d<o,g=t(l),_=Q(g*e,3),v=Vo(g.getFullYear(),m?0:g.getMonth(),h||m?1:g.getDate()),y=Q(v*e,3);if(h||m){let n=h?d/a:0,r=m?d/o:0,i=_==y?_:Q(Vo(v.getFullYear()+r,v.getMonth()+n,1)*e,3),s=new Date(la(i/e)),c=s.getFullYear(),l=s.getMonth();for(let a=0;i<=u;a++){let o=Vo(c+r*a,l+n*a,1),s=o-t(Q(o*e,3));i=Q((+o+s)*e,3),i<=u&&p.push(i)}}else{let a=d>=i?i:d,o=y+(ca(l)-ca(_))+Ma(_-y,a);p.push(o);let m=t(o),h=m.getHours()+m.getMinutes()/n+m.getSeconds()/r,g=d/r,v=f/s.axes[c]._space;for(;o=Q(o+d,e==1?0:3),!(o>u);)if(g>1){let e=ca(Q(h+g,6))%24,n=t(o).getHours()-e;n>1&&(n=-1),o-=n*r,h=(h+g)%24;let i=p[p.length-1];Q((o-i)/d,3)*v>=.7&&p.push(o)}else p.push(o)}return p}}return[s,c,l]}var[Mo,No,Po]=jo(1),[Fo,Io,Lo]=jo(.001);Ia(2,-53,53,[1]);function Ro(e,t){return e.map(e=>e.map((n,r)=>r==0||r==8||n==null?n:t(r==1||e[8]==0?n:e[1]+n)))}function zo(e,t){return(n,r,i,a,o)=>{let s=t.find(e=>o>=e[0])||t[t.length-1],c,l,u,d,f,p;return r.map(t=>{let n=e(t),r=n.getFullYear(),i=n.getMonth(),a=n.getDate(),o=n.getHours(),m=n.getMinutes(),h=n.getSeconds(),g=r!=c&&s[2]||i!=l&&s[3]||a!=u&&s[4]||o!=d&&s[5]||m!=f&&s[6]||h!=p&&s[7]||s[1];return c=r,l=i,u=a,d=o,f=m,p=h,g(n)})}}function Bo(e,t){let n=po(t);return(t,r,i,a,o)=>r.map(t=>n(e(t)))}function Vo(e,t,n){return new Date(e,t,n)}function Ho(e,t){return t(e)}var Uo=`{YYYY}-{MM}-{DD} {h}:{mm}{aa}`;function Wo(e,t){return(n,r,i,a)=>a==null?bi:t(e(r))}function Go(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function Ko(e,t){return e.series[t].fill(e,t)}var qo={show:!0,live:!0,isolate:!1,mount:Ca,markers:{show:!0,width:2,stroke:Go,fill:Ko,dash:`solid`},idx:null,idxs:null,values:[]};function Jo(e,t){let n=e.cursor.points,r=Ai(),i=n.size(e,t);Y(r,ni,i),Y(r,ri,i);let a=i/-2;Y(r,`marginLeft`,a),Y(r,`marginTop`,a);let o=n.width(e,t,i);return o&&Y(r,`borderWidth`,o),r}function Yo(e,t){let n=e.series[t].points;return n._fill||n._stroke}function Xo(e,t){let n=e.series[t].points;return n._stroke||n._fill}function Zo(e,t){return e.series[t].points.size}var Qo=[0,0];function $o(e,t,n){return Qo[0]=t,Qo[1]=n,Qo}function es(e,t,n,r=!0){return e=>{e.button!=0||r&&e.target!=t||n(e)}}function ts(e,t,n,r=!0){return e=>{r&&e.target!=t||n(e)}}var ns={show:!0,x:!0,y:!0,lock:!1,move:$o,points:{one:!1,show:Jo,size:Zo,width:0,stroke:Xo,fill:Yo},bind:{mousedown:es,mouseup:es,click:es,dblclick:es,mousemove:ts,mouseleave:ts,mouseenter:ts},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,r,i)=>r-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},rs={show:!0,stroke:`rgba(0,0,0,0.07)`,width:2},is=Ya({},rs,{filter:Ta}),as=Ya({},is,{size:10}),os=Ya({},rs,{show:!1}),ss=`12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"`,cs=`bold `+ss,ls=1.5,us={show:!0,scale:`x`,stroke:ci,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:cs,side:2,grid:is,ticks:as,border:os,font:ss,lineGap:ls,rotate:0},ds=`Value`,fs=`Time`,ps={show:!0,scale:`x`,auto:!1,sorted:1,min:ya,max:-1/0,idxs:[]};function ms(e,t,n,r,i){return t.map(e=>e==null?``:ia(e))}function hs(e,t,n,r,i,a,o){let s=[],c=Pa.get(i)||0;n=o?n:Q(Ma(n,i),c);for(let e=n;e<=r;e=Q(e+i,c))s.push(Object.is(e,-0)?0:e);return s}function gs(e,t,n,r,i,a,o){let s=[],c=e.scales[e.axes[t].scale].log;i=pa(c,ca((c==10?ha:ga)(n))),c==10&&(i=bo[Vi(i,bo)]);let l=n,u=i*c;c==10&&(u=bo[Vi(u,bo)]);do s.push(l),l+=i,c==10&&!Pa.has(l)&&(l=Q(l,Pa.get(i))),l>=u&&(i=l,u=i*c,c==10&&(u=bo[Vi(u,bo)]));while(l<=r);return s}function _s(e,t,n,r,i,a,o){let s=e.scales[e.axes[t].scale].asinh,c=r>s?gs(e,t,fa(s,n),r,i):[s],l=r>=0&&n<=0?[0]:[];return(n<-s?gs(e,t,fa(s,-r),-n,i):[s]).reverse().map(e=>-e).concat(l,c)}var vs=/./,ys=/[12357]/,bs=/[125]/,xs=/1/,Ss=(e,t,n,r)=>e.map((e,i)=>t==4&&e==0||i%r==0&&n.test(e.toExponential()[+(e<0)])?e:null);function Cs(e,t,n,r,i){let a=e.axes[n],o=a.scale,s=e.scales[o],c=e.valToPos,l=a._space,u=c(10,o),d=c(9,o)-u>=l?vs:c(7,o)-u>=l?ys:c(5,o)-u>=l?bs:xs;if(d==xs){let e=sa(c(1,o)-u);if(e<l)return Ss(t.slice().reverse(),s.distr,d,ua(l/e)).reverse()}return Ss(t,s.distr,d,1)}function ws(e,t,n,r,i){let a=e.axes[n],o=a.scale,s=a._space,c=e.valToPos,l=sa(c(1,o)-c(2,o));return l<s?Ss(t.slice().reverse(),3,vs,ua(s/l)).reverse():t}function Ts(e,t,n,r){return r==null?bi:t==null?``:ia(t)}var Es={show:!0,scale:`y`,stroke:ci,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:cs,side:3,grid:is,ticks:as,border:os,font:ss,lineGap:ls,rotate:0};function Ds(e,t){return Q((3+(e||1)*2)*t,3)}function Os(e,t){let{scale:n,idxs:r}=e.series[0],i=e._data[0],a=e.valToPos(i[r[0]],n,!0),o=sa(e.valToPos(i[r[1]],n,!0)-a)/(e.series[t].points.space*J);return r[1]-r[0]<=o}var ks={scale:null,auto:!0,sorted:0,min:ya,max:-1/0},As=(e,t,n,r,i)=>i,js={show:!0,auto:!0,sorted:0,gaps:As,alpha:1,facets:[Ya({},ks,{scale:`x`}),Ya({},ks,{scale:`y`})]},Ms={scale:`y`,auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:As,alpha:1,points:{show:Os,filter:null},values:null,min:ya,max:-1/0,idxs:[],path:null,clip:null};function Ns(e,t,n,r,i){return n/10}var Ps={time:Fr,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Fs=Ya({},Ps,{time:!1,ori:1}),Is={};function Ls(e,t){let n=Is[e];return n||(n={key:e,plots:[],sub(e){n.plots.push(e)},unsub(e){n.plots=n.plots.filter(t=>t!=e)},pub(e,t,r,i,a,o,s){for(let c=0;c<n.plots.length;c++)n.plots[c]!=t&&n.plots[c].pub(e,t,r,i,a,o,s)}},e!=null&&(Is[e]=n)),n}var Rs=1,zs=2;function Bs(e,t,n){let r=e.mode,i=e.series[t],a=r==2?e._data[t]:e._data,o=e.scales,s=e.bbox,c=a[0],l=r==2?a[1]:a[t],u=r==2?o[i.facets[0].scale]:o[e.series[0].scale],d=r==2?o[i.facets[1].scale]:o[i.scale],f=s.left,p=s.top,m=s.width,h=s.height,g=e.valToPosH,_=e.valToPosV;return u.ori==0?n(i,c,l,u,d,g,_,f,p,m,h,Ys,Zs,$s,tc,rc):n(i,c,l,u,d,_,g,p,f,h,m,Xs,Qs,ec,nc,ic)}function Vs(e,t){let n=0,r=0,i=X(e.bands,Ra);for(let e=0;e<i.length;e++){let a=i[e];a.series[0]==t?n=a.dir:a.series[1]==t&&(a.dir==1?r|=1:r|=2)}return[n,r==1?-1:r==2?1:r==3?2:0]}function Hs(e,t,n,r,i){let a=e.mode,o=e.series[t],s=a==2?o.facets[1].scale:o.scale,c=e.scales[s];return i==-1?c.min:i==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function Us(e,t,n,r,i,a){return Bs(e,t,(e,t,o,s,c,l,u,d,f,p,m)=>{let h=e.pxRound,g=s.dir*(s.ori==0?1:-1),_=s.ori==0?Zs:Qs,v,y;g==1?(v=n,y=r):(v=r,y=n);let b=h(l(t[v],s,p,d)),x=h(u(o[v],c,m,f)),S=h(l(t[y],s,p,d)),C=h(u(a==1?c.max:c.min,c,m,f)),w=new Path2D(i);return _(w,S,C),_(w,b,C),_(w,b,x),w})}function Ws(e,t,n,r,i,a){let o=null;if(e.length>0){o=new Path2D;let s=t==0?$s:ec,c=n;for(let t=0;t<e.length;t++){let n=e[t];if(n[1]>n[0]){let e=n[0]-c;e>0&&s(o,c,r,e,r+a),c=n[1]}}let l=n+i-c;l>0&&s(o,c,r-5,l,r+a+10)}return o}function Gs(e,t,n){let r=e[e.length-1];r&&r[0]==t?r[1]=n:e.push([t,n])}function Ks(e,t,n,r,i,a,o){let s=[],c=e.length;for(let l=i==1?n:r;l>=n&&l<=r;l+=i)if(t[l]===null){let u=l,d=l;if(i==1)for(;++l<=r&&t[l]===null;)d=l;else for(;--l>=n&&t[l]===null;)d=l;let f=a(e[u]),p=d==u?f:a(e[d]),m=u-i;f=o<=0&&m>=0&&m<c?a(e[m]):f;let h=d+i;p=o>=0&&h>=0&&h<c?a(e[h]):p,p>=f&&s.push([f,p])}return s}function qs(e){return e==0?wa:e==1?la:t=>ja(t,e)}function Js(e){let t=e==0?Ys:Xs,n=e==0?(e,t,n,r,i,a)=>{e.arcTo(t,n,r,i,a)}:(e,t,n,r,i,a)=>{e.arcTo(n,t,i,r,a)},r=e==0?(e,t,n,r,i)=>{e.rect(t,n,r,i)}:(e,t,n,r,i)=>{e.rect(n,t,i,r)};return(e,i,a,o,s,c=0,l=0)=>{c==0&&l==0?r(e,i,a,o,s):(c=da(c,o/2,s/2),l=da(l,o/2,s/2),t(e,i+c,a),n(e,i+o,a,i+o,a+s,c),n(e,i+o,a+s,i,a+s,l),n(e,i,a+s,i,a,l),n(e,i,a,i+o,a,c),e.closePath())}}var Ys=(e,t,n)=>{e.moveTo(t,n)},Xs=(e,t,n)=>{e.moveTo(n,t)},Zs=(e,t,n)=>{e.lineTo(t,n)},Qs=(e,t,n)=>{e.lineTo(n,t)},$s=Js(0),ec=Js(1),tc=(e,t,n,r,i,a)=>{e.arc(t,n,r,i,a)},nc=(e,t,n,r,i,a)=>{e.arc(n,t,r,i,a)},rc=(e,t,n,r,i,a,o)=>{e.bezierCurveTo(t,n,r,i,a,o)},ic=(e,t,n,r,i,a,o)=>{e.bezierCurveTo(n,t,i,r,o,a)};function ac(e){return(e,t,n,r,i)=>Bs(e,t,(t,a,o,s,c,l,u,d,f,p,m)=>{let{pxRound:h,points:g}=t,_,v;s.ori==0?(_=Ys,v=tc):(_=Xs,v=nc);let y=Q(g.width*J,3),b=(g.size-g.width)/2*J,x=Q(b*2,3),S=new Path2D,C=new Path2D,{left:w,top:ee,width:T,height:E}=e.bbox;$s(C,w-x,ee-x,T+x*2,E+x*2);let D=e=>{if(o[e]!=null){let t=h(l(a[e],s,p,d)),n=h(u(o[e],c,m,f));_(S,t+b,n),v(S,t,n,b,0,oa*2)}};if(i)i.forEach(D);else for(let e=n;e<=r;e++)D(e);return{stroke:y>0?S:null,fill:S,clip:C,flags:3}})}function oc(e){return(t,n,r,i,a,o)=>{r!=i&&(a!=r&&o!=r&&e(t,n,r),a!=i&&o!=i&&e(t,n,i),e(t,n,o))}}var sc=oc(Zs),cc=oc(Qs);function lc(e){let t=X(e?.alignGaps,0);return(e,n,r,i)=>Bs(e,n,(a,o,s,c,l,u,d,f,p,m,h)=>{[r,i]=Gi(s,r,i);let g=a.pxRound,_=e=>g(u(e,c,m,f)),v=e=>g(d(e,l,h,p)),y,b;c.ori==0?(y=Zs,b=sc):(y=Qs,b=cc);let x=c.dir*(c.ori==0?1:-1),S={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Rs},C=S.stroke,w=!1;if(i-r>=m*4){let t=t=>e.posToVal(t,c.key,!0),n=null,a=null,l,u,d,f=_(o[x==1?r:i]),p=_(o[r]),m=_(o[i]),h=t(x==1?p+1:m-1);for(let e=x==1?r:i;e>=r&&e<=i;e+=x){let r=o[e],i=(x==1?r<h:r>h)?f:_(r),c=s[e];i==f?c==null?c===null&&(w=!0):(u=c,n==null?(y(C,i,v(u)),l=n=a=u):u<n?n=u:u>a&&(a=u)):(n!=null&&b(C,f,v(n),v(a),v(l),v(u)),c==null?(n=a=null,c===null&&(w=!0)):(u=c,y(C,i,v(u)),n=a=l=u),f=i,h=t(f+x))}n!=null&&n!=a&&d!=f&&b(C,f,v(n),v(a),v(l),v(u))}else for(let e=x==1?r:i;e>=r&&e<=i;e+=x){let t=s[e];t===null?w=!0:t!=null&&y(C,_(o[e]),v(t))}let[ee,T]=Vs(e,n);if(a.fill!=null||ee!=0){let t=S.fill=new Path2D(C),s=v(a.fillTo(e,n,a.min,a.max,ee)),c=_(o[r]),l=_(o[i]);x==-1&&([l,c]=[c,l]),y(t,l,s),y(t,c,s)}if(!a.spanGaps){let l=[];w&&l.push(...Ks(o,s,r,i,x,_,t)),S.gaps=l=a.gaps(e,n,r,i,l),S.clip=Ws(l,c.ori,f,p,m,h)}return T!=0&&(S.band=T==2?[Us(e,n,r,i,C,-1),Us(e,n,r,i,C,1)]:Us(e,n,r,i,C,T)),S})}function uc(e){let t=X(e.align,1),n=X(e.ascDesc,!1),r=X(e.alignGaps,0),i=X(e.extend,!1);return(e,a,o,s)=>Bs(e,a,(c,l,u,d,f,p,m,h,g,_,v)=>{[o,s]=Gi(u,o,s);let y=c.pxRound,{left:b,width:x}=e.bbox,S=e=>y(p(e,d,_,h)),C=e=>y(m(e,f,v,g)),w=d.ori==0?Zs:Qs,ee={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Rs},T=ee.stroke,E=d.dir*(d.ori==0?1:-1),D=C(u[E==1?o:s]),te=S(l[E==1?o:s]),ne=te,O=te;i&&t==-1&&(O=b,w(T,O,D)),w(T,te,D);for(let e=E==1?o:s;e>=o&&e<=s;e+=E){let n=u[e];if(n==null)continue;let r=S(l[e]),i=C(n);t==1?w(T,r,D):w(T,ne,i),w(T,r,i),D=i,ne=r}let re=ne;i&&t==1&&(re=b+x,w(T,re,D));let[ie,ae]=Vs(e,a);if(c.fill!=null||ie!=0){let t=ee.fill=new Path2D(T),n=C(c.fillTo(e,a,c.min,c.max,ie));w(t,re,n),w(t,O,n)}if(!c.spanGaps){let i=[];i.push(...Ks(l,u,o,s,E,S,r));let f=c.width*J/2,p=n||t==1?f:-f,m=n||t==-1?-f:f;i.forEach(e=>{e[0]+=p,e[1]+=m}),ee.gaps=i=c.gaps(e,a,o,s,i),ee.clip=Ws(i,d.ori,h,g,_,v)}return ae!=0&&(ee.band=ae==2?[Us(e,a,o,s,T,-1),Us(e,a,o,s,T,1)]:Us(e,a,o,s,T,ae)),ee})}function dc(e,t,n,r,i,a,o=ya){if(e.length>1){let s=null;for(let c=0,l=1/0;c<e.length;c++)if(t[c]!==void 0){if(s!=null){let t=sa(e[c]-e[s]);t<l&&(l=t,o=sa(n(e[c],r,i,a)-n(e[s],r,i,a)))}s=c}}return o}function fc(e){e||=La;let t=X(e.size,[.6,ya,1]),n=e.align||0,r=e.gap||0,i=e.radius;i=i==null?[0,0]:typeof i==`number`?[i,0]:i;let a=Z(i),o=1-t[0],s=X(t[1],ya),c=X(t[2],1),l=X(e.disp,La),u=X(e.each,e=>{}),{fill:d,stroke:f}=l;return(e,t,i,p)=>Bs(e,t,(m,h,g,_,v,y,b,x,S,C,w)=>{let ee=m.pxRound,T=n,E=r*J,D=s*J,te=c*J,ne,O;_.ori==0?[ne,O]=a(e,t):[O,ne]=a(e,t);let re=_.dir*(_.ori==0?1:-1),ie=_.ori==0?$s:ec,ae=_.ori==0?u:(e,t,n,r,i,a,o)=>{u(e,t,n,i,r,o,a)},oe=X(e.bands,Ra).find(e=>e.series[0]==t),se=oe==null?0:oe.dir,ce=m.fillTo(e,t,m.min,m.max,se),le=ee(b(ce,v,w,S)),k,ue,de,A=C,j=ee(m.width*J),fe=!1,pe=null,M=null,me=null,he=null;d!=null&&(j==0||f!=null)&&(fe=!0,pe=d.values(e,t,i,p),M=new Map,new Set(pe).forEach(e=>{e!=null&&M.set(e,new Path2D)}),j>0&&(me=f.values(e,t,i,p),he=new Map,new Set(me).forEach(e=>{e!=null&&he.set(e,new Path2D)})));let{x0:ge,size:_e}=l;if(ge!=null&&_e!=null){T=1,h=ge.values(e,t,i,p),ge.unit==2&&(h=h.map(t=>e.posToVal(x+t*C,_.key,!0)));let n=_e.values(e,t,i,p);ue=_e.unit==2?n[0]*C:y(n[0],_,C,x)-y(0,_,C,x),A=dc(h,g,y,_,C,x,A),de=A-ue+E}else A=dc(h,g,y,_,C,x,A),de=A*o+E,ue=A-de;de<1&&(de=0),j>=ue/2&&(j=0),de<5&&(ee=wa);let ve=de>0,ye=A-de-(ve?j:0);ue=ee(xa(ye,te,D)),k=(T==0?ue/2:T==re?0:ue)-T*re*((T==0?E/2:0)+(ve?j/2:0));let be={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},xe=fe?null:new Path2D,Se=null;if(oe!=null)Se=e.data[oe.series[1]];else{let{y0:n,y1:r}=l;n!=null&&r!=null&&(g=r.values(e,t,i,p),Se=n.values(e,t,i,p))}let Ce=ne*ue,we=O*ue;for(let n=re==1?i:p;n>=i&&n<=p;n+=re){let r=g[n];if(r==null)continue;if(Se!=null){let e=Se[n]??0;if(r-e==0)continue;le=b(e,v,w,S)}let i=y(_.distr!=2||l!=null?h[n]:n,_,C,x),a=b(X(r,ce),v,w,S),o=ee(i-k),s=ee(fa(a,le)),c=ee(da(a,le)),u=s-c;if(r!=null){let i=r<0?we:Ce,a=r<0?Ce:we;fe?(j>0&&me[n]!=null&&ie(he.get(me[n]),o,c+ca(j/2),ue,fa(0,u-j),i,a),pe[n]!=null&&ie(M.get(pe[n]),o,c+ca(j/2),ue,fa(0,u-j),i,a)):ie(xe,o,c+ca(j/2),ue,fa(0,u-j),i,a),ae(e,t,n,o-j/2,c,ue+j,u)}}return j>0?be.stroke=fe?he:xe:fe||(be._fill=m.width==0?m._fill:m._stroke??m._fill,be.width=0),be.fill=fe?M:xe,be})}function pc(e,t){let n=X(t?.alignGaps,0);return(t,r,i,a)=>Bs(t,r,(o,s,c,l,u,d,f,p,m,h,g)=>{[i,a]=Gi(c,i,a);let _=o.pxRound,v=e=>_(d(e,l,h,p)),y=e=>_(f(e,u,g,m)),b,x,S;l.ori==0?(b=Ys,S=Zs,x=rc):(b=Xs,S=Qs,x=ic);let C=l.dir*(l.ori==0?1:-1),w=v(s[C==1?i:a]),ee=w,T=[],E=[];for(let e=C==1?i:a;e>=i&&e<=a;e+=C)if(c[e]!=null){let t=v(s[e]);T.push(ee=t),E.push(y(c[e]))}let D={stroke:e(T,E,b,S,x,_),fill:null,clip:null,band:null,gaps:null,flags:Rs},te=D.stroke,[ne,O]=Vs(t,r);if(o.fill!=null||ne!=0){let e=D.fill=new Path2D(te),n=y(o.fillTo(t,r,o.min,o.max,ne));S(e,ee,n),S(e,w,n)}if(!o.spanGaps){let e=[];e.push(...Ks(s,c,i,a,C,v,n)),D.gaps=e=o.gaps(t,r,i,a,e),D.clip=Ws(e,l.ori,p,m,h,g)}return O!=0&&(D.band=O==2?[Us(t,r,i,a,te,-1),Us(t,r,i,a,te,1)]:Us(t,r,i,a,te,O)),D})}function mc(e){return pc(hc,e)}function hc(e,t,n,r,i,a){let o=e.length;if(o<2)return null;let s=new Path2D;if(n(s,e[0],t[0]),o==2)r(s,e[1],t[1]);else{let n=Array(o),r=Array(o-1),a=Array(o-1),c=Array(o-1);for(let n=0;n<o-1;n++)a[n]=t[n+1]-t[n],c[n]=e[n+1]-e[n],r[n]=a[n]/c[n];n[0]=r[0];for(let e=1;e<o-1;e++)r[e]===0||r[e-1]===0||r[e-1]>0!=r[e]>0?n[e]=0:(n[e]=3*(c[e-1]+c[e])/((2*c[e]+c[e-1])/r[e-1]+(c[e]+2*c[e-1])/r[e]),isFinite(n[e])||(n[e]=0));n[o-1]=r[o-2];for(let r=0;r<o-1;r++)i(s,e[r]+c[r]/3,t[r]+n[r]*c[r]/3,e[r+1]-c[r]/3,t[r+1]-n[r+1]*c[r]/3,e[r+1],t[r+1])}return s}var gc=new Set;function _c(){for(let e of gc)e.syncRect(!0)}xi&&(zi(gi,Ci,_c),zi(_i,Ci,_c,!0),zi(yi,Ci,()=>{Nc.pxRatio=J}));var vc=lc(),yc=ac();function bc(e,t,n,r){return(r?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((e,r)=>Sc(e,r,t,n))}function xc(e,t){return e.map((e,n)=>n==0?{}:Ya({},t,e))}function Sc(e,t,n,r){return Ya({},t==0?n:r,e)}function Cc(e,t,n){return t==null?za:[t,n]}var wc=Cc;function Tc(e,t,n){return t==null?za:ea(t,n,Xi,!0)}function Ec(e,t,n,r){return t==null?za:Ji(t,n,e.scales[r].log,!1)}var Dc=Ec;function Oc(e,t,n,r){return t==null?za:Yi(t,n,e.scales[r].log,!1)}var kc=Oc;function Ac(e,t,n,r,i){let a=fa(ba(e),ba(t)),o=t-e,s=Vi(i/r*o,n);do{let e=n[s],t=r*e/o;if(t>=i&&a+(e<5?Pa.get(e):0)<=17)return[e,t]}while(++s<n.length);return[0,0]}function jc(e){let t,n;return e=e.replace(/(\d+)px/,(e,r)=>(t=la((n=+r)*J))+`px`),[e,t,n]}function Mc(e){e.show&&[e.font,e.labelFont].forEach(e=>{let t=Q(e[2]*J,1);e[0]=e[0].replace(/[0-9.]+px/,t+`px`),e[1]=t})}function Nc(e,t,n){let r={mode:X(e.mode,1)},i=r.mode;function a(e,t,n,r){let i=t.valToPct(e);return r+n*(t.dir==-1?1-i:i)}function o(e,t,n,r){let i=t.valToPct(e);return r+n*(t.dir==-1?i:1-i)}function s(e,t,n,r){return t.ori==0?a(e,t,n,r):o(e,t,n,r)}r.valToPosH=a,r.valToPosV=o;let c=!1;r.status=0;let l=r.root=Ai(Ir);if(e.id!=null&&(l.id=e.id),Di(l,e.class),e.title){let t=Ai(zr,l);t.textContent=e.title}let u=ki(`canvas`),d=r.ctx=u.getContext(`2d`),f=Ai(Br,l);zi(`click`,f,e=>{e.target===m&&(z!=tn||B!=nn)&&sn.click(r,e)},!0);let p=r.under=Ai(Vr,f);f.appendChild(u);let m=r.over=Ai(Hr,f);e=Ja(e);let h=+X(e.pxAlign,1),g=qs(h);(e.plugins||[]).forEach(t=>{t.opts&&(e=t.opts(r,e)||e)});let _=e.ms||.001,v=r.series=i==1?bc(e.series||[],ps,Ms,!1):xc(e.series||[null],js),y=r.axes=bc(e.axes||[],us,Es,!0),b=r.scales={},x=r.bands=e.bands||[];x.forEach(e=>{e.fill=Z(e.fill||null),e.dir=X(e.dir,-1)});let S=i==2?v[1].facets[0].scale:v[0].scale,C={axes:Vt,series:At},w=(e.drawOrder||[`axes`,`series`]).map(e=>C[e]);function ee(e){let t=e.distr==3?t=>ha(t>0?t:e.clamp(r,t,e.min,e.max,e.key)):e.distr==4?t=>va(t,e.asinh):e.distr==100?t=>e.fwd(t):e=>e;return n=>{let r=t(n),{_min:i,_max:a}=e,o=a-i;return(r-i)/o}}function T(t){let n=b[t];if(n==null){let r=(e.scales||La)[t]||La;if(r.from!=null){T(r.from);let e=Ya({},b[r.from],r,{key:t});e.valToPct=ee(e),b[t]=e}else{n=b[t]=Ya({},t==S?Ps:Fs,r),n.key=t;let e=n.time,a=n.range,o=Ba(a);if((t!=S||i==2&&!e)&&(o&&(a[0]==null||a[1]==null)&&(a={min:a[0]==null?Zi:{mode:1,hard:a[0],soft:a[0]},max:a[1]==null?Zi:{mode:1,hard:a[1],soft:a[1]}},o=!1),!o&&Wa(a))){let e=a;a=(t,n,r)=>n==null?za:ea(n,r,e)}n.range=Z(a||(e?wc:t==S?n.distr==3?Dc:n.distr==4?kc:Cc:n.distr==3?Ec:n.distr==4?Oc:Tc)),n.auto=Z(!o&&n.auto),n.clamp=Z(n.clamp||Ns),n._min=n._max=null,n.valToPct=ee(n)}}}T(`x`),T(`y`),i==1&&v.forEach(e=>{T(e.scale)}),y.forEach(e=>{T(e.scale)});for(let t in e.scales)T(t);let E=b[S],D=E.distr,te,ne;E.ori==0?(Di(l,Lr),te=a,ne=o):(Di(l,Rr),te=o,ne=a);let O={};for(let e in b){let t=b[e];(t.min!=null||t.max!=null)&&(O[e]={min:t.min,max:t.max},t.min=t.max=null)}let re=e.tzDate||(e=>new Date(la(e/_))),ie=e.fmtDate||po,ae=_==1?Po(re):Lo(re),oe=zo(re,Ro(_==1?No:Io,ie)),se=Wo(re,Ho(Uo,ie)),ce=[],le=r.legend=Ya({},qo,e.legend),k=r.cursor=Ya({},ns,{drag:{y:i==2}},e.cursor),ue=le.show,de=k.show,A=le.markers;le.idxs=ce,A.width=Z(A.width),A.dash=Z(A.dash),A.stroke=Z(A.stroke),A.fill=Z(A.fill);let j,fe,pe,M=[],me=[],he,ge=!1,_e={};if(le.live){let e=v[1]?v[1].values:null;ge=e!=null,he=ge?e(r,1,0):{_:0};for(let e in he)_e[e]=bi}if(ue){if(j=ki(`table`,Yr,l),pe=ki(`tbody`,null,j),le.mount(r,j),ge){fe=ki(`thead`,null,j,pe);let e=ki(`tr`,null,fe);for(var ve in ki(`th`,null,e),he)ki(`th`,ei,e).textContent=ve}else Di(j,Zr),le.live&&Di(j,Xr)}let ye={show:!0},be={show:!1};function xe(e,t){if(t==0&&(ge||!le.live||i==2))return za;let n=[],a=ki(`tr`,Qr,pe,pe.childNodes[t]);Di(a,e.class),e.show||Di(a,Wr);let o=ki(`th`,null,a);if(A.show){let e=Ai($r,o);if(t>0){let n=A.width(r,t);n&&(e.style.border=n+`px `+A.dash(r,t)+` `+A.stroke(r,t)),e.style.background=A.fill(r,t)}}let s=Ai(ei,o);for(var c in e.label instanceof HTMLElement?s.appendChild(e.label):s.textContent=e.label,t>0&&(A.show||(s.style.color=e.width>0?A.stroke(r,t):A.fill(r,t)),Ce(`click`,o,t=>{if(k._lock)return;qe(t);let n=v.indexOf(e);if((t.ctrlKey||t.metaKey)!=le.isolate){let e=v.some((e,t)=>t>0&&t!=n&&e.show);v.forEach((t,r)=>{r>0&&mn(r,e?r==n?ye:be:ye,!0,K.setSeries)})}else mn(n,{show:!e.show},!0,K.setSeries)},!1),Xe&&Ce(pi,o,t=>{k._lock||(qe(t),mn(v.indexOf(e),yn,!0,K.setSeries))},!1)),he){let e=ki(`td`,ti,a);e.textContent=`--`,n.push(e)}return[a,n]}let Se=new Map;function Ce(e,t,n,i=!0){let a=Se.get(t)||{},o=k.bind[e](r,t,n,i);o&&(zi(e,t,a[e]=o),Se.set(t,a))}function we(e,t,n){let r=Se.get(t)||{};for(let n in r)(e==null||n==e)&&(Bi(n,t,r[n]),delete r[n]);e??Se.delete(t)}let Te=0,N=0,P=0,F=0,Ee=0,De=0,Oe=Ee,ke=De,Ae=P,je=F,Me=0,Ne=0,Pe=0,Fe=0;r.bbox={};let Ie=!1,Le=!1,Re=!1,ze=!1,Be=!1,Ve=!1;function He(e,t,n){(n||e!=r.width||t!=r.height)&&Ue(e,t),Ht(!1),Re=!0,Le=!0,R()}function Ue(e,t){r.width=Te=P=e,r.height=N=F=t,Ee=De=0,Ge(),Ke();let n=r.bbox;Me=n.left=ja(Ee*J,.5),Ne=n.top=ja(De*J,.5),Pe=n.width=ja(P*J,.5),Fe=n.height=ja(F*J,.5)}function We(){let e=!1,t=0;for(;!e;){t++;let n=zt(t),i=Bt(t);e=t==3||n&&i,e||(Ue(r.width,r.height),Le=!0)}}r.setSize=function({width:e,height:t}){He(e,t)};function Ge(){let e=!1,t=!1,n=!1,r=!1;y.forEach((i,a)=>{if(i.show&&i._show){let{side:a,_size:o}=i,s=a%2,c=o+(i.label==null?0:i.labelSize);c>0&&(s?(P-=c,a==3?(Ee+=c,r=!0):n=!0):(F-=c,a==0?(De+=c,e=!0):t=!0))}}),tt[0]=e,tt[1]=n,tt[2]=t,tt[3]=r,P-=at[1]+at[3],Ee+=at[3],F-=at[2]+at[0],De+=at[0]}function Ke(){let e=Ee+P,t=De+F,n=Ee,r=De;function i(i,a){switch(i){case 1:return e+=a,e-a;case 2:return t+=a,t-a;case 3:return n-=a,n+a;case 0:return r-=a,r+a}}y.forEach((e,t)=>{if(e.show&&e._show){let t=e.side;e._pos=i(t,e._size),e.label!=null&&(e._lpos=i(t,e.labelSize))}})}if(k.dataIdx==null){let e=k.hover,n=e.skip=new Set(e.skip??[]);n.add(void 0);let r=e.prox=Z(e.prox),i=e.bias??=0;k.dataIdx=(e,a,o,s)=>{if(a==0)return o;let c=o,l=r(e,a,o,s)??ya,u=l>=0&&l<ya,d=E.ori==0?P:F,f=k.left,p=t[0],m=t[a];if(n.has(m[o])){c=null;let e=null,t=null,r;if(i==0||i==-1)for(r=o;e==null&&r-->0;)n.has(m[r])||(e=r);if(i==0||i==1)for(r=o;t==null&&r++<m.length;)n.has(m[r])||(t=r);if(e!=null||t!=null){if(u){let n=e==null?-1/0:te(p[e],E,d,0),r=t==null?1/0:te(p[t],E,d,0),i=f-n,a=r-f;i<=a?i<=l&&(c=e):a<=l&&(c=t)}else c=t==null?e:e==null?t:o-e<=t-o?e:t}}else u&&sa(f-te(p[o],E,d,0))>l&&(c=null);return c}}let qe=e=>{k.event=e};k.idxs=ce,k._lock=!1;let Je=k.points;Je.show=Z(Je.show),Je.size=Z(Je.size),Je.stroke=Z(Je.stroke),Je.width=Z(Je.width),Je.fill=Z(Je.fill);let Ye=r.focus=Ya({},e.focus||{alpha:.3},k.focus),Xe=Ye.prox>=0,I=Xe&&Je.one,Ze=[],L=[],Qe=[];function $e(e,t){let n=Je.show(r,t);if(n instanceof HTMLElement)return Di(n,Jr),Di(n,e.class),Mi(n,-10,-10,P,F),m.insertBefore(n,Ze[t]),n}function et(e,t){if(i==1||t>0){let t=i==1&&b[e.scale].time,n=e.value;e.value=t?Ua(n)?Wo(re,Ho(n,ie)):n||se:n||Ts,e.label=e.label||(t?fs:ds)}if(I||t>0){e.width=e.width==null?1:e.width,e.paths=e.paths||vc||Ea,e.fillTo=Z(e.fillTo||Hs),e.pxAlign=+X(e.pxAlign,h),e.pxRound=qs(e.pxAlign),e.stroke=Z(e.stroke||null),e.fill=Z(e.fill||null),e._stroke=e._fill=e._paths=e._focus=null;let t=Ds(fa(1,e.width),1),n=e.points=Ya({},{size:t,width:fa(1,t*.2),stroke:e.stroke,space:t*2,paths:yc,_stroke:null,_fill:null},e.points);n.show=Z(n.show),n.filter=Z(n.filter),n.fill=Z(n.fill),n.stroke=Z(n.stroke),n.paths=Z(n.paths),n.pxAlign=e.pxAlign}if(ue){let n=xe(e,t);M.splice(t,0,n[0]),me.splice(t,0,n[1]),le.values.push(null)}if(de){ce.splice(t,0,null);let n=null;I?t==0&&(n=$e(e,t)):t>0&&(n=$e(e,t)),Ze.splice(t,0,n),L.splice(t,0,0),Qe.splice(t,0,0)}G(`addSeries`,t)}r.addSeries=function(e,t){t??=v.length,e=i==1?Sc(e,t,ps,Ms):Sc(e,t,{},js),v.splice(t,0,e),et(v[t],t)},r.delSeries=function(e){if(v.splice(e,1),ue){le.values.splice(e,1),me.splice(e,1);let t=M.splice(e,1)[0];we(null,t.firstChild),t.remove()}de&&(ce.splice(e,1),Ze.splice(e,1)[0].remove(),L.splice(e,1),Qe.splice(e,1)),G(`delSeries`,e)};let tt=[!1,!1,!1,!1];function nt(e,t){if(e._show=e.show,e.show){let n=e.side%2,i=b[e.scale];i??=(e.scale=n?v[1].scale:S,b[e.scale]);let a=i.time;e.size=Z(e.size),e.space=Z(e.space),e.rotate=Z(e.rotate),Ba(e.incrs)&&e.incrs.forEach(e=>{!Pa.has(e)&&Pa.set(e,Fa(e))}),e.incrs=Z(e.incrs||(i.distr==2?yo:a?_==1?Mo:Fo:bo)),e.splits=Z(e.splits||(a&&i.distr==1?ae:i.distr==3?gs:i.distr==4?_s:hs)),e.stroke=Z(e.stroke),e.grid.stroke=Z(e.grid.stroke),e.ticks.stroke=Z(e.ticks.stroke),e.border.stroke=Z(e.border.stroke);let o=e.values;e.values=Ba(o)&&!Ba(o[0])?Z(o):a?Ba(o)?zo(re,Ro(o,ie)):Ua(o)?Bo(re,o):o||oe:o||ms,e.filter=Z(e.filter||(i.distr>=3&&i.log==10?Cs:i.distr==3&&i.log==2?ws:Ta)),e.font=jc(e.font),e.labelFont=jc(e.labelFont),e._size=e.size(r,null,t,0),e._space=e._rotate=e._incrs=e._found=e._splits=e._values=null,e._size>0&&(tt[t]=!0,e._el=Ai(Ur,f))}}function rt(e,t,n,r){let[i,a,o,s]=n,c=t%2,l=0;return c==0&&(s||a)&&(l=t==0&&!i||t==2&&!o?la(us.size/3):0),c==1&&(i||o)&&(l=t==1&&!a||t==3&&!s?la(Es.size/2):0),l}let it=r.padding=(e.padding||[rt,rt,rt,rt]).map(e=>Z(X(e,rt))),at=r._padding=it.map((e,t)=>e(r,t,tt,0)),ot,st=null,ct=null,lt=i==1?v[0].idxs:null,ut=null,dt=!1;function ft(e,n){if(t=e??[],r.data=r._data=t,i==2){ot=0;for(let e=1;e<v.length;e++)ot+=t[e][0].length}else{t.length==0&&(r.data=r._data=t=[[]]),ut=t[0],ot=ut.length;let e=t;if(D==2){e=t.slice();let n=e[0]=Array(ot);for(let e=0;e<ot;e++)n[e]=e}r._data=t=e}if(Ht(!0),G(`setData`),D==2&&(Re=!0),n!==!1){let e=E;e.auto(r,dt)?pt():pn(S,e.min,e.max),ze||=k.left>=0,Ve=!0,R()}}r.setData=ft;function pt(){dt=!0;let e,n;i==1&&(ot>0?(st=lt[0]=0,ct=lt[1]=ot-1,e=t[0][st],n=t[0][ct],D==2?(e=st,n=ct):e==n&&(D==3?[e,n]=Ji(e,e,E.log,!1):D==4?[e,n]=Yi(e,e,E.log,!1):E.time?n=e+la(86400/_):[e,n]=ea(e,n,Xi,!0))):(st=lt[0]=e=null,ct=lt[1]=n=null)),pn(S,e,n)}let mt,ht,gt,_t,vt,yt,bt,xt,St,Ct;function wt(e,t,n,r,i,a){e??=li,n??=Ra,r??=`butt`,i??=li,a??=`round`,e!=mt&&(d.strokeStyle=mt=e),i!=ht&&(d.fillStyle=ht=i),t!=gt&&(d.lineWidth=gt=t),a!=vt&&(d.lineJoin=vt=a),r!=yt&&(d.lineCap=yt=r),n!=_t&&d.setLineDash(_t=n)}function Tt(e,t,n,r){t!=ht&&(d.fillStyle=ht=t),e!=bt&&(d.font=bt=e),n!=xt&&(d.textAlign=xt=n),r!=St&&(d.textBaseline=St=r)}function Et(e,t,n,i,a=0){if(i.length>0&&e.auto(r,dt)&&(t==null||t.min==null)){let t=X(st,0),r=X(ct,i.length-1),o=n.min==null?qi(i,t,r,a,e.distr==3):[n.min,n.max];e.min=da(e.min,n.min=o[0]),e.max=fa(e.max,n.max=o[1])}}let Dt={min:null,max:null};function Ot(){for(let e in b){let t=b[e];O[e]==null&&(t.min==null||O[S]!=null&&t.auto(r,dt))&&(O[e]=Dt)}for(let e in b){let t=b[e];O[e]==null&&t.from!=null&&O[t.from]!=null&&(O[e]=Dt)}O[S]!=null&&Ht(!0);let e={};for(let t in O){let n=O[t];if(n!=null){let a=e[t]=Ja(b[t],Ga);if(n.min!=null)Ya(a,n);else if(t!=S||i==2){if(ot==0&&a.from==null){let e=a.range(r,null,null,t);a.min=e[0],a.max=e[1]}else a.min=ya,a.max=-1/0}}}if(ot>0){v.forEach((n,a)=>{if(i==1){let i=n.scale,o=O[i];if(o==null)return;let s=e[i];if(a==0){let e=s.range(r,s.min,s.max,i);s.min=e[0],s.max=e[1],st=Vi(s.min,t[0]),ct=Vi(s.max,t[0]),ct-st>1&&(t[0][st]<s.min&&st++,t[0][ct]>s.max&&ct--),n.min=ut[st],n.max=ut[ct]}else n.show&&n.auto&&Et(s,o,n,t[a],n.sorted);n.idxs[0]=st,n.idxs[1]=ct}else if(a>0&&n.show&&n.auto){let[r,i]=n.facets,o=r.scale,s=i.scale,[c,l]=t[a],u=e[o],d=e[s];u!=null&&Et(u,O[o],r,c,r.sorted),d!=null&&Et(d,O[s],i,l,i.sorted),n.min=i.min,n.max=i.max}});for(let t in e){let n=e[t],i=O[t];if(n.from==null&&(i==null||i.min==null)){let e=n.range(r,n.min==ya?null:n.min,n.max==-1/0?null:n.max,t);n.min=e[0],n.max=e[1]}}}for(let t in e){let n=e[t];if(n.from!=null){let i=e[n.from];if(i.min==null)n.min=n.max=null;else{let e=n.range(r,i.min,i.max,t);n.min=e[0],n.max=e[1]}}}let n={},a=!1;for(let t in e){let r=e[t],i=b[t];if(i.min!=r.min||i.max!=r.max){i.min=r.min,i.max=r.max;let e=i.distr;i._min=e==3?ha(i.min):e==4?va(i.min,i.asinh):e==100?i.fwd(i.min):i.min,i._max=e==3?ha(i.max):e==4?va(i.max,i.asinh):e==100?i.fwd(i.max):i.max,n[t]=a=!0}}if(a){v.forEach((e,t)=>{i==2?t>0&&n.y&&(e._paths=null):n[e.scale]&&(e._paths=null)});for(let e in n)Re=!0,G(`setScale`,e);de&&k.left>=0&&(ze=Ve=!0)}for(let e in O)O[e]=null}function kt(e){let t=xa(st-1,0,ot-1),n=xa(ct+1,0,ot-1);for(;e[t]==null&&t>0;)t--;for(;e[n]==null&&n<ot-1;)n++;return[t,n]}function At(){if(ot>0){let e=v.some(e=>e._focus)&&Ct!=Ye.alpha;e&&(d.globalAlpha=Ct=Ye.alpha),v.forEach((e,n)=>{if(n>0&&e.show&&(jt(n,!1),jt(n,!0),e._paths==null)){let a=Ct;Ct!=e.alpha&&(d.globalAlpha=Ct=e.alpha);let o=i==2?[0,t[n][0].length-1]:kt(t[n]);e._paths=e.paths(r,n,o[0],o[1]),Ct!=a&&(d.globalAlpha=Ct=a)}}),v.forEach((e,t)=>{if(t>0&&e.show){let n=Ct;Ct!=e.alpha&&(d.globalAlpha=Ct=e.alpha),e._paths!=null&&Mt(t,!1);{let n=e._paths==null?null:e._paths.gaps,i=e.points.show(r,t,st,ct,n),a=e.points.filter(r,t,i,n);(i||a)&&(e.points._paths=e.points.paths(r,t,st,ct,a),Mt(t,!0))}Ct!=n&&(d.globalAlpha=Ct=n),G(`drawSeries`,t)}}),e&&(d.globalAlpha=Ct=1)}}function jt(e,t){let n=t?v[e].points:v[e];n._stroke=n.stroke(r,e),n._fill=n.fill(r,e)}function Mt(e,t){let n=t?v[e].points:v[e],{stroke:r,fill:i,clip:a,flags:o,_stroke:s=n._stroke,_fill:c=n._fill,_width:l=n.width}=n._paths;l=Q(l*J,3);let u=null,f=l%2/2;t&&c==null&&(c=l>0?`#fff`:s);let p=n.pxAlign==1&&f>0;if(p&&d.translate(f,f),!t){let e=Me-l/2,t=Ne-l/2,n=Pe+l,r=Fe+l;u=new Path2D,u.rect(e,t,n,r)}t?Pt(s,l,n.dash,n.cap,c,r,i,o,a):Nt(e,s,l,n.dash,n.cap,c,r,i,o,u,a),p&&d.translate(-f,-f)}function Nt(e,n,i,a,o,s,c,l,u,d,f){let p=!1;u!=0&&x.forEach((m,h)=>{if(m.series[0]==e){let e=v[m.series[1]],g=t[m.series[1]],_=(e._paths||La).band;Ba(_)&&(_=m.dir==1?_[0]:_[1]);let y,b=null;e.show&&_&&ta(g,st,ct)?(b=m.fill(r,h)||s,y=e._paths.clip):_=null,Pt(n,i,a,o,b,c,l,u,d,f,y,_),p=!0}}),p||Pt(n,i,a,o,s,c,l,u,d,f)}function Pt(e,t,n,r,i,a,o,s,c,l,u,f){wt(e,t,n,r,i),(c||l||f)&&(d.save(),c&&d.clip(c),l&&d.clip(l)),f?(s&3)==3?(d.clip(f),u&&d.clip(u),It(i,o),Ft(e,a,t)):s&zs?(It(i,o),d.clip(f),Ft(e,a,t)):s&Rs&&(d.save(),d.clip(f),u&&d.clip(u),It(i,o),d.restore(),Ft(e,a,t)):(It(i,o),Ft(e,a,t)),(c||l||f)&&d.restore()}function Ft(e,t,n){n>0&&(t instanceof Map?t.forEach((e,t)=>{d.strokeStyle=mt=t,d.stroke(e)}):t!=null&&e&&d.stroke(t))}function It(e,t){t instanceof Map?t.forEach((e,t)=>{d.fillStyle=ht=t,d.fill(e)}):t!=null&&e&&d.fill(t)}function Lt(e,t,n,i){let a=y[e],o;if(i<=0)o=[0,0];else{let s=a._space=a.space(r,e,t,n,i);o=Ac(t,n,a._incrs=a.incrs(r,e,t,n,i,s),i,s)}return a._found=o}function Rt(e,t,n,r,i,a,o,s,c,l){let u=o%2/2;h==1&&d.translate(u,u),wt(s,o,c,l,s),d.beginPath();let f,p,m,g,_=i+(r==0||r==3?-a:a);n==0?(p=i,g=_):(f=i,m=_);for(let r=0;r<e.length;r++)t[r]!=null&&(n==0?f=m=e[r]:p=g=e[r],d.moveTo(f,p),d.lineTo(m,g));d.stroke(),h==1&&d.translate(-u,-u)}function zt(e){let t=!0;return y.forEach((n,i)=>{if(!n.show)return;let a=b[n.scale];if(a.min==null){n._show&&(t=!1,n._show=!1,Ht(!1));return}n._show||(t=!1,n._show=!0,Ht(!1));let o=n.side,s=o%2,{min:c,max:l}=a,[u,d]=Lt(i,c,l,s==0?P:F);if(d==0)return;let f=a.distr==2,p=n._splits=n.splits(r,i,c,l,u,d,f),m=a.distr==2?p.map(e=>ut[e]):p,h=a.distr==2?ut[p[1]]-ut[p[0]]:u,g=n._values=n.values(r,n.filter(r,m,i,d,h),i,d,h);n._rotate=o==2?n.rotate(r,g,i,d):0;let _=n._size;n._size=ua(n.size(r,g,i,e)),_!=null&&n._size!=_&&(t=!1)}),t}function Bt(e){let t=!0;return it.forEach((n,i)=>{let a=n(r,i,tt,e);a!=at[i]&&(t=!1),at[i]=a}),t}function Vt(){for(let e=0;e<y.length;e++){let t=y[e];if(!t.show||!t._show)continue;let n=t.side,i=n%2,a,o,c=t.stroke(r,e),l=n==0||n==3?-1:1,[u,f]=t._found;if(t.label!=null){let s=t.labelGap*l,p=la((t._lpos+s)*J);Tt(t.labelFont[0],c,`center`,n==2?ii:ai),d.save(),i==1?(a=o=0,d.translate(p,la(Ne+Fe/2)),d.rotate((n==3?-oa:oa)/2)):(a=la(Me+Pe/2),o=p);let m=Sa(t.label)?t.label(r,e,u,f):t.label;d.fillText(m,a,o),d.restore()}if(f==0)continue;let p=b[t.scale],m=i==0?Pe:Fe,h=i==0?Me:Ne,_=t._splits,v=p.distr==2?_.map(e=>ut[e]):_,x=p.distr==2?ut[_[1]]-ut[_[0]]:u,S=t.ticks,C=t.border,w=S.show?S.size:0,ee=la(w*J),T=la((t.alignTo==2?t._size-w-t.gap:t.gap)*J),E=t._rotate*-oa/180,D=g(t._pos*J),te=D+(ee+T)*l;o=i==0?te:0,a=i==1?te:0,Tt(t.font[0],c,t.align==1?oi:t.align==2?si:E>0?oi:E<0?si:i==0?`center`:n==3?si:oi,E||i==1?`middle`:n==2?ii:ai);let ne=t.font[1]*t.lineGap,O=_.map(e=>g(s(e,p,m,h))),re=t._values;for(let e=0;e<re.length;e++){let t=re[e];if(t!=null){i==0?a=O[e]:o=O[e],t=``+t;let n=t.indexOf(`
`)==-1?[t]:t.split(/\n/gm);for(let e=0;e<n.length;e++){let t=n[e];E?(d.save(),d.translate(a,o+e*ne),d.rotate(E),d.fillText(t,0,0),d.restore()):d.fillText(t,a,o+e*ne)}}}S.show&&Rt(O,S.filter(r,v,e,f,x),i,n,D,ee,Q(S.width*J,3),S.stroke(r,e),S.dash,S.cap);let ie=t.grid;ie.show&&Rt(O,ie.filter(r,v,e,f,x),i,i==0?2:1,i==0?Ne:Me,i==0?Fe:Pe,Q(ie.width*J,3),ie.stroke(r,e),ie.dash,ie.cap),C.show&&Rt([D],[1],+(i==0),i==0?1:2,i==1?Ne:Me,i==1?Fe:Pe,Q(C.width*J,3),C.stroke(r,e),C.dash,C.cap)}G(`drawAxes`)}function Ht(e){v.forEach((t,n)=>{n>0&&(t._paths=null,e&&(i==1?(t.min=null,t.max=null):t.facets.forEach(e=>{e.min=null,e.max=null})))})}let Ut=!1,Wt=!1,Gt=[];function Kt(){Wt=!1;for(let e=0;e<Gt.length;e++)G(...Gt[e]);Gt.length=0}function R(){Ut||=(eo(qt),!0)}r.batch=function(e,t=!1){Ut=!0,Wt=t,e(r),qt(),t&&Gt.length>0&&queueMicrotask(Kt)};function qt(){if(Ie&&=(Ot(),!1),Re&&=(We(),!1),Le){if(Y(p,oi,Ee),Y(p,ii,De),Y(p,ni,P),Y(p,ri,F),Y(m,oi,Ee),Y(m,ii,De),Y(m,ni,P),Y(m,ri,F),Y(f,ni,Te),Y(f,ri,N),u.width=la(Te*J),u.height=la(N*J),y.forEach(({_el:e,_show:t,_size:n,_pos:r,side:i})=>{if(e!=null){if(t){let t=i===3||i===0?n:0,a=i%2==1;Y(e,a?`left`:`top`,r-t),Y(e,a?`width`:`height`,n),Y(e,a?`top`:`left`,a?De:Ee),Y(e,a?`height`:`width`,a?F:P),Oi(e,Wr)}else Di(e,Wr)}}),mt=ht=gt=vt=yt=bt=xt=St=_t=null,Ct=1,An(!0),Ee!=Oe||De!=ke||P!=Ae||F!=je){Ht(!1);let e=P/Ae,t=F/je;if(de&&!ze&&k.left>=0){k.left*=e,k.top*=t,Zt&&Mi(Zt,la(k.left),0,P,F),Qt&&Mi(Qt,0,la(k.top),P,F);for(let n=0;n<Ze.length;n++){let r=Ze[n];r!=null&&(L[n]*=e,Qe[n]*=t,Mi(r,ua(L[n]),ua(Qe[n]),P,F))}}if(V.show&&!Be&&V.left>=0&&V.width>0){V.left*=e,V.width*=e,V.top*=t,V.height*=t;for(let e in Nn)Y(un,e,V[e])}Oe=Ee,ke=De,Ae=P,je=F}G(`setSize`),Le=!1}Te>0&&N>0&&(d.clearRect(0,0,u.width,u.height),G(`drawClear`),w.forEach(e=>e()),G(`draw`)),V.show&&Be&&(dn(V),Be=!1),de&&ze&&(On(null,!0,!1),ze=!1),le.show&&le.live&&Ve&&(En(),Ve=!1),c||(c=!0,r.status=1,G(`ready`)),dt=!1,Ut=!1}r.redraw=(e,t)=>{Re=t||!1,e===!1?R():pn(S,E.min,E.max)};function Jt(e,n){let i=b[e];if(i.from==null){if(ot==0){let t=i.range(r,n.min,n.max,e);n.min=t[0],n.max=t[1]}if(n.min>n.max){let e=n.min;n.min=n.max,n.max=e}if(ot>1&&n.min!=null&&n.max!=null&&n.max-n.min<1e-16)return;e==S&&i.distr==2&&ot>0&&(n.min=Vi(n.min,t[0]),n.max=Vi(n.max,t[0]),n.min==n.max&&n.max++),O[e]=n,Ie=!0,R()}}r.setScale=Jt;let Yt,Xt,Zt,Qt,$t,en,tn,nn,rn,an,z,B,on=!1,sn=k.drag,cn=sn.x,ln=sn.y;de&&(k.x&&(Yt=Ai(Kr,m)),k.y&&(Xt=Ai(qr,m)),E.ori==0?(Zt=Yt,Qt=Xt):(Zt=Xt,Qt=Yt),z=k.left,B=k.top);let V=r.select=Ya({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),un=V.show?Ai(Gr,V.over?m:p):null;function dn(e,t){if(V.show){for(let t in e)V[t]=e[t],t in Nn&&Y(un,t,e[t]);t!==!1&&G(`setSelect`)}}r.setSelect=dn;function fn(e){if(v[e].show)ue&&Oi(M[e],Wr);else if(ue&&Di(M[e],Wr),de){let t=I?Ze[0]:Ze[e];t!=null&&Mi(t,-10,-10,P,F)}}function pn(e,t,n){Jt(e,{min:t,max:n})}function mn(e,t,n,a){t.focus!=null&&bn(e),t.show!=null&&v.forEach((n,r)=>{r>0&&(e==r||e==null)&&(n.show=t.show,fn(r),i==2?(pn(n.facets[0].scale,null,null),pn(n.facets[1].scale,null,null)):pn(n.scale,null,null),R())}),n!==!1&&G(`setSeries`,e,t),a&&qn(`setSeries`,r,e,t)}r.setSeries=mn,r.addBand=function(e,t){e.fill=Z(e.fill||null),e.dir=X(e.dir,-1),t??=x.length,x.splice(t,0,e)},r.setBand=function(e,t){Ya(x[e],t)},r.delBand=function(e){e==null?x.length=0:x.splice(e,1)};function hn(e,t){v[e].alpha=t,de&&Ze[e]!=null&&(Ze[e].style.opacity=t),ue&&M[e]&&(M[e].style.opacity=t)}let gn,_n,vn,yn={focus:!0};function bn(e){if(e!=vn){let t=e==null,n=Ye.alpha!=1;v.forEach((r,a)=>{if(i==1||a>0){let i=t||a==0||a==e;r._focus=t?null:i,n&&hn(a,i?1:Ye.alpha)}}),vn=e,n&&R()}}ue&&Xe&&Ce(mi,j,e=>{k._lock||(qe(e),vn!=null&&mn(null,yn,!0,K.setSeries))});function H(e,t,n){let r=b[t];n&&(e=e/J-(r.ori==1?De:Ee));let i=P;r.ori==1&&(i=F,e=i-e),r.dir==-1&&(e=i-e);let a=r._min,o=r._max,s=e/i,c=a+(o-a)*s,l=r.distr;return l==3?pa(10,c):l==4?_a(c,r.asinh):l==100?r.bwd(c):c}r.valToIdx=e=>Vi(e,t[0]),r.posToIdx=function(e,n){return Vi(H(e,S,n),t[0],st,ct)},r.posToVal=H,r.valToPos=(e,t,n)=>b[t].ori==0?a(e,b[t],n?Pe:P,n?Me:0):o(e,b[t],n?Fe:F,n?Ne:0),r.setCursor=(e,t,n)=>{z=e.left,B=e.top,On(null,t,n)};function xn(e,t){Y(un,oi,V.left=e),Y(un,ni,V.width=t)}function Sn(e,t){Y(un,ii,V.top=e),Y(un,ri,V.height=t)}let Cn=E.ori==0?xn:Sn,wn=E.ori==1?xn:Sn;function Tn(){if(ue&&le.live)for(let e=+(i==2);e<v.length;e++){if(e==0&&ge)continue;let t=le.values[e],n=0;for(let r in t)me[e][n++].firstChild.nodeValue=t[r]}}function En(e,t){if(e!=null&&(e.idxs?e.idxs.forEach((e,t)=>{ce[t]=e}):Ha(e.idx)||ce.fill(e.idx),le.idx=ce[0]),ue&&le.live){for(let e=0;e<v.length;e++)(e>0||i==1&&!ge)&&Dn(e,ce[e]);Tn()}Ve=!1,t!==!1&&G(`setLegend`)}r.setLegend=En;function Dn(e,n){let i=v[e],a=e==0&&D==2?ut:t[e],o;ge?o=i.values(r,e,n)??_e:(o=i.value(r,n==null?null:a[n],e,n),o=o==null?_e:{_:o}),le.values[e]=o}function On(e,n,a){rn=z,an=B,[z,B]=k.move(r,z,B),k.left=z,k.top=B,de&&(Zt&&Mi(Zt,la(z),0,P,F),Qt&&Mi(Qt,0,la(B),P,F));let o,s=st>ct;gn=ya,_n=null;let c=E.ori==0?P:F,l=E.ori==1?P:F;if(z<0||ot==0||s){o=k.idx=null;for(let e=0;e<v.length;e++){let t=Ze[e];t!=null&&Mi(t,-10,-10,P,F)}Xe&&mn(null,yn,!0,e==null&&K.setSeries),le.live&&(ce.fill(o),Ve=!0)}else{let e,n,a;i==1&&(e=E.ori==0?z:B,n=H(e,S),o=k.idx=Vi(n,t[0],st,ct),a=te(t[0][o],E,c,0));let s=-10,u=-10,d=0,f=0,p=!0,m=``,h=``;for(let e=+(i==2);e<v.length;e++){let g=v[e],_=ce[e],y=_==null?null:i==1?t[e][_]:t[e][1][_],x=k.dataIdx(r,e,o,n),S=x==null?null:i==1?t[e][x]:t[e][1][x];if(Ve=Ve||S!=y||x!=_,ce[e]=x,e>0&&g.show){let n=x==null?-10:x==o?a:te(i==1?t[0][x]:t[e][0][x],E,c,0),_=S==null?-10:ne(S,i==1?b[g.scale]:b[g.facets[1].scale],l,0);if(Xe&&S!=null){let t=E.ori==1?z:B,n=sa(Ye.dist(r,e,x,_,t));if(n<gn){let r=Ye.bias;if(r!=0){let i=H(t,g.scale),a=S>=0?1:-1,o=i>=0?1:-1;o==a&&(o==1?r==1?S>=i:S<=i:r==1?S<=i:S>=i)&&(gn=n,_n=e)}else gn=n,_n=e}}if(Ve||I){let t,i;E.ori==0?(t=n,i=_):(t=_,i=n);let a,o,c,l,g,v,y=!0,b=Je.bbox;if(b!=null){y=!1;let t=b(r,e);c=t.left,l=t.top,a=t.width,o=t.height}else c=t,l=i,a=o=Je.size(r,e);if(v=Je.fill(r,e),g=Je.stroke(r,e),I)e==_n&&gn<=Ye.prox&&(s=c,u=l,d=a,f=o,p=y,m=v,h=g);else{let t=Ze[e];t!=null&&(L[e]=c,Qe[e]=l,Ii(t,a,o,y),Pi(t,v,g),Mi(t,ua(c),ua(l),P,F))}}}}if(I){let e=Ye.prox;if(Ve||(vn==null?gn<=e:gn>e||_n!=vn)){let e=Ze[0];e!=null&&(L[0]=s,Qe[0]=u,Ii(e,d,f,p),Pi(e,m,h),Mi(e,ua(s),ua(u),P,F))}}}if(V.show&&on){if(e!=null){let[t,n]=K.scales,[r,i]=K.match,[a,o]=e.cursor.sync.scales,s=e.cursor.drag;if(cn=s._x,ln=s._y,cn||ln){let{left:s,top:u,width:d,height:f}=e.select,p=e.scales[a].ori,m=e.posToVal,h,g,_,v,y,x=t!=null&&r(t,a),S=n!=null&&i(n,o);x&&cn?(p==0?(h=s,g=d):(h=u,g=f),_=b[t],v=te(m(h,a),_,c,0),y=te(m(h+g,a),_,c,0),Cn(da(v,y),sa(y-v))):Cn(0,c),S&&ln?(p==1?(h=s,g=d):(h=u,g=f),_=b[n],v=ne(m(h,o),_,l,0),y=ne(m(h+g,o),_,l,0),wn(da(v,y),sa(y-v))):wn(0,l)}else Pn()}else{let e=sa(rn-$t),t=sa(an-en);if(E.ori==1){let n=e;e=t,t=n}cn=sn.x&&e>=sn.dist,ln=sn.y&&t>=sn.dist;let n=sn.uni;n==null?sn.x&&sn.y&&(cn||ln)&&(cn=ln=!0):cn&&ln&&(cn=e>=n,ln=t>=n,!cn&&!ln&&(t>e?ln=!0:cn=!0));let r,i;cn&&(E.ori==0?(r=tn,i=z):(r=nn,i=B),Cn(da(r,i),sa(i-r)),ln||wn(0,l)),ln&&(E.ori==1?(r=tn,i=z):(r=nn,i=B),wn(da(r,i),sa(i-r)),cn||Cn(0,c)),!cn&&!ln&&(Cn(0,0),wn(0,0))}}if(sn._x=cn,sn._y=ln,e==null){if(a){if(Gn!=null){let[e,t]=K.scales;K.values[0]=e==null?null:H(E.ori==0?z:B,e),K.values[1]=t==null?null:H(E.ori==1?z:B,t)}qn(ui,r,z,B,P,F,o)}if(Xe){let e=a&&K.setSeries,t=Ye.prox;vn==null?gn<=t&&mn(_n,yn,!0,e):gn>t?mn(null,yn,!0,e):_n!=vn&&mn(_n,yn,!0,e)}}Ve&&(le.idx=o,En()),n!==!1&&G(`setCursor`)}let kn=null;Object.defineProperty(r,"rect",{get(){return kn??An(!1),kn}});function An(e=!1){e?kn=null:(kn=m.getBoundingClientRect(),G(`syncRect`,kn))}function jn(e,t,n,r,i,a,o){k._lock||on&&e!=null&&e.movementX==0&&e.movementY==0||(Mn(e,t,n,r,i,a,o,!1,e!=null),e==null?On(t,!0,!1):On(null,!0,!0))}function Mn(e,t,n,i,a,o,c,l,u){if(kn??An(!1),qe(e),e!=null)n=e.clientX-kn.left,i=e.clientY-kn.top;else{if(n<0||i<0){z=-10,B=-10;return}let[e,r]=K.scales,c=t.cursor.sync,[l,u]=c.values,[d,f]=c.scales,[p,m]=K.match,h=t.axes[0].side%2==1,g=E.ori==0?P:F,_=E.ori==1?P:F,v=h?o:a,y=h?a:o,x=h?i:n,S=h?n:i;if(n=d==null?x/v*g:p(e,d)?s(l,b[e],g,0):-10,i=f==null?S/y*_:m(r,f)?s(u,b[r],_,0):-10,E.ori==1){let e=n;n=i,i=e}}u&&(t==null||t.cursor.event.type==ui)&&((n<=1||n>=P-1)&&(n=ja(n,P)),(i<=1||i>=F-1)&&(i=ja(i,F))),l?($t=n,en=i,[tn,nn]=k.move(r,n,i)):(z=n,B=i)}let Nn={width:0,height:0,left:0,top:0};function Pn(){dn(Nn,!1)}let Fn,In,Ln,Rn;function zn(e,t,n,i,a,o,s){on=!0,cn=ln=sn._x=sn._y=!1,Mn(e,t,n,i,a,o,s,!0,!1),e!=null&&(Ce(fi,Si,Bn,!1),qn(di,r,tn,nn,P,F,null));let{left:c,top:l,width:u,height:d}=V;Fn=c,In=l,Ln=u,Rn=d}function Bn(e,t,n,i,a,o,s){on=sn._x=sn._y=!1,Mn(e,t,n,i,a,o,s,!1,!0);let{left:c,top:l,width:u,height:d}=V,f=u>0||d>0,p=Fn!=c||In!=l||Ln!=u||Rn!=d;if(f&&p&&dn(V),sn.setScale&&f&&p){let e=c,t=u,n=l,r=d;if(E.ori==1&&(e=l,t=d,n=c,r=u),cn&&pn(S,H(e,S),H(e+t,S)),ln)for(let e in b){let t=b[e];e!=S&&t.from==null&&t.min!=ya&&pn(e,H(n+r,e),H(n,e))}Pn()}else k.lock&&(k._lock=!k._lock,On(t,!0,e!=null));e!=null&&(we(fi,Si),qn(fi,r,z,B,P,F,null))}function Vn(e,t,n,r,i,a,o){if(k._lock)return;qe(e);let s=on;if(on){let e=!0,t=!0,n,r;E.ori==0?(n=cn,r=ln):(n=ln,r=cn),n&&r&&(e=z<=10||z>=P-10,t=B<=10||B>=F-10),n&&e&&(z=z<tn?0:P),r&&t&&(B=B<nn?0:F),On(null,!0,!0),on=!1}z=-10,B=-10,ce.fill(null),On(null,!0,!0),s&&(on=s)}function Hn(e,t,n,i,a,o,s){k._lock||(qe(e),pt(),Pn(),e!=null&&qn(hi,r,z,B,P,F,null))}function U(){y.forEach(Mc),He(r.width,r.height,!0)}zi(yi,Ci,U);let W={};W.mousedown=zn,W.mousemove=jn,W.mouseup=Bn,W.dblclick=Hn,W.setSeries=(e,t,n,i)=>{n=(0,K.match[2])(r,t,n),n!=-1&&mn(n,i,!0,!1)},de&&(Ce(di,m,zn),Ce(ui,m,jn),Ce(pi,m,e=>{qe(e),An(!1)}),Ce(mi,m,Vn),Ce(hi,m,Hn),gc.add(r),r.syncRect=An);let Un=r.hooks=e.hooks||{};function G(e,t,n){Wt?Gt.push([e,t,n]):e in Un&&Un[e].forEach(e=>{e.call(null,r,t,n)})}(e.plugins||[]).forEach(e=>{for(let t in e.hooks)Un[t]=(Un[t]||[]).concat(e.hooks[t])});let Wn=(e,t,n)=>n,K=Ya({key:null,setSeries:!1,filters:{pub:Da,sub:Da},scales:[S,v[1]?v[1].scale:null],match:[Oa,Oa,Wn],values:[null,null]},k.sync);K.match.length==2&&K.match.push(Wn),k.sync=K;let Gn=K.key,Kn=Ls(Gn);function qn(e,t,n,r,i,a,o){K.filters.pub(e,t,n,r,i,a,o)&&Kn.pub(e,t,n,r,i,a,o)}Kn.sub(r),r.pub=function(e,t,n,r,i,a,o){K.filters.sub(e,t,n,r,i,a,o)&&W[e](null,t,n,r,i,a,o)},r.destroy=function(){Kn.unsub(r),gc.delete(r),Se.clear(),Bi(yi,Ci,U),l.remove(),j?.remove(),G(`destroy`)};function Jn(){G(`init`,e,t),ft(t||e.data,!1),O[S]?Jt(S,O[S]):pt(),Be=V.show&&(V.width>0||V.height>0),ze=Ve=!0,He(e.width,e.height)}return v.forEach(et),y.forEach(nt),n?n instanceof HTMLElement?(n.appendChild(l),Jn()):n(r,Jn):Jn(),r}Nc.assign=Ya,Nc.fmtNum=ia,Nc.rangeNum=ea,Nc.rangeLog=Ji,Nc.rangeAsinh=Yi,Nc.orient=Bs,Nc.pxRatio=J,Nc.join=function(e,t){if(no(e)){let t=e[0].slice();for(let n=1;n<e.length;n++)t.push(...e[n].slice(1));return ro(t[0])||(t=to(t)),t}let n=new Set;for(let t=0;t<e.length;t++){let r=e[t][0],i=r.length;for(let e=0;e<i;e++)n.add(r[e])}let r=[Array.from(n).sort((e,t)=>e-t)],i=r[0].length,a=new Map;for(let e=0;e<i;e++)a.set(r[0][e],e);for(let n=0;n<e.length;n++){let o=e[n],s=o[0];for(let e=1;e<o.length;e++){let c=o[e],l=Array(i).fill(void 0),u=t?t[n][e]:Za,d=[];for(let e=0;e<c.length;e++){let t=c[e],n=a.get(s[e]);t===null?u!=Xa&&(l[n]=t,u==Qa&&d.push(n)):l[n]=t}$a(l,d,i),r.push(l)}}return r},Nc.fmtDate=po,Nc.tzDate=function(e,t){let n;return t==`UTC`||t==`Etc/UTC`?n=new Date(+e+e.getTimezoneOffset()*6e4):t==mo?n=e:(n=new Date(e.toLocaleString(`en-US`,{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n},Nc.sync=Ls;{Nc.addGap=Gs,Nc.clipGaps=Ws;let e=Nc.paths={points:ac};e.linear=lc,e.stepped=uc,e.bars=fc,e.spline=mc}var Pc=280,Fc=86400;function Ic(e){return Date.parse(`${e}T00:00:00Z`)/1e3}function Lc(e){let t=Ee(null),n=e.data.reduce((e,t)=>e+t.succeeded,0),r=e.data.reduce((e,t)=>e+t.failed,0),i=e.data[0]?.day,a=e.data[e.data.length-1]?.day,o=`Bar chart of sign-ins per day from ${i??`—`} to ${a??`—`} (UTC): ${n} succeeded and ${r} failed in total.`;return F(()=>{let n=t.current;if(!n||e.data.length===0)return;let r=e.data.map(e=>Ic(e.day)),i=e.data.map(e=>e.succeeded),a=e.data.map(e=>e.failed),o=()=>Math.max(260,Math.floor(n.clientWidth)),s=Nc.paths.bars,c=new Nc({width:o(),height:Pc,tzDate:e=>Nc.tzDate(new Date(e*1e3),`UTC`),scales:{x:{time:!0,range:(e,t,n)=>[t-Fc*.6,n+Fc*.6]},y:{range:(e,t,n)=>[0,Math.max(4,Math.ceil(n*1.15))]}},series:[{label:`Day`,value:(e,t)=>t==null?`—`:new Date(t*1e3).toISOString().slice(0,10)},{label:`Succeeded`,stroke:`#1a7f37`,fill:`rgba(26, 127, 55, 0.75)`,width:1,paths:s({align:-1,size:[.4,16]}),points:{show:!1},value:(e,t)=>t==null?`—`:String(t)},{label:`Failed`,stroke:`#b42318`,fill:`rgba(180, 35, 24, 0.75)`,width:1,paths:s({align:1,size:[.4,16]}),points:{show:!1},value:(e,t)=>t==null?`—`:String(t)}],axes:[{stroke:`#4b5563`,grid:{stroke:`#eef0f3`},ticks:{stroke:`#d0d5dd`}},{stroke:`#4b5563`,grid:{stroke:`#eef0f3`},ticks:{stroke:`#d0d5dd`},incrs:[1,2,5,10,20,50,100,200,500,1e3,2e3,5e3,1e4,2e4,5e4,1e5],values:(e,t)=>t.map(e=>Number.isInteger(e)?String(e):``),size:48}],legend:{show:!0,live:!0},cursor:{drag:{x:!1,y:!1},points:{show:!1}}},[r,i,a],n),l=new ResizeObserver(()=>{let e=o();e!==c.width&&c.setSize({width:e,height:Pc})});return l.observe(n),()=>{l.disconnect(),c.destroy()}},[e.data]),U(`figure`,{class:`chart`,"data-testid":`signin-chart`,children:[U(`figcaption`,{children:[U(`span`,{class:`legend-swatch ok`,"aria-hidden":`true`}),` Succeeded`,` `,U(`span`,{class:`legend-swatch bad`,"aria-hidden":`true`}),` Failed, per day (UTC), last `,e.data.length,` days`]}),U(`div`,{class:`chart-box`,ref:t,role:`img`,"aria-label":o}),U(`p`,{class:`chart-totals`,"data-testid":`signin-totals`,children:[U(`strong`,{"data-testid":`signin-total-succeeded`,children:n}),` successful and`,` `,U(`strong`,{"data-testid":`signin-total-failed`,children:r}),` failed sign-ins in `,e.data.length,` days.`]}),U(`details`,{class:`chart-data`,children:[U(`summary`,{children:`The numbers behind the chart`}),U(`div`,{class:`table-scroll`,children:U(`table`,{children:[U(`caption`,{class:`visually-hidden`,children:`Sign-ins per day`}),U(`thead`,{children:U(`tr`,{children:[U(`th`,{scope:`col`,children:`Day (UTC)`}),U(`th`,{scope:`col`,children:`Succeeded`}),U(`th`,{scope:`col`,children:`Failed`})]})}),U(`tbody`,{children:e.data.map(e=>U(`tr`,{children:[U(`th`,{scope:`row`,children:e.day}),U(`td`,{children:e.succeeded}),U(`td`,{children:e.failed})]},e.day))})]})})]})]})}function Rc(){let e=Vn(()=>bn(30),[]);return U(G,{title:`Overview`,children:[U(Wn,{title:`Sign-ins, last 30 days`,children:[!e.data&&e.loading&&U(Zn,{what:`sign-in activity`}),e.data&&U(Lc,{data:e.data}),e.failed&&!e.data&&U(`p`,{class:`error`,"data-testid":`chart-error`,children:`The sign-in activity could not be loaded.`})]}),U(`p`,{children:U(`a`,{href:q(`/admin/users`),children:`Manage users →`})})]})}function zc(e){return q(`/admin/users/${encodeURIComponent(e.id)}`)}function Bc(e){let t=e.user;return U(`span`,{class:`badges`,children:[t.role===`ADMIN`&&U(`span`,{class:`badge info`,children:`Admin`}),t.disabled&&U(`span`,{class:`badge bad`,"data-testid":`user-disabled`,children:`Disabled`}),t.totpEnabled&&U(`span`,{class:`badge ok`,children:`2FA`}),!t.emailVerified&&U(`span`,{class:`badge warn`,children:`Unverified`})]})}function Vc(){let[e,t]=N(``),[n,r]=N(``),[i,a]=N([null]),o=i[i.length-1]??null,s=i.length,c=Vn(async()=>({...await pn(20,o,n||null),page:s,search:n}),[o,s,n]),l=c.data,u=l?Math.max(1,Math.ceil(l.totalCount/20)):1;return U(G,{title:`Users`,children:[U(Kn,{onSubmit:()=>{r(e.trim()),a([null])},role:`search`,label:`Search users`,children:[U(`div`,{class:`inline-fields`,children:U(W,{label:`Search users`,type:`search`,value:e,onInput:t,hint:`Part of a username or an email address.`})}),U(`div`,{class:`actions`,children:[U(K,{variant:`secondary`,children:`Search`}),n&&U(Gn,{onClick:()=>{t(``),r(``),a([null])},children:`Show all`})]})]}),!l&&c.loading&&U(Zn,{what:`users`}),l&&U(S,{children:[U(`p`,{class:`muted`,"data-testid":`user-count`,"aria-live":`polite`,children:l.totalCount===0?`No accounts match.`:`${l.totalCount} account${l.totalCount===1?``:`s`}${l.search?` match`:``} · page ${l.page} of ${u}`}),U(`ul`,{class:`rows`,"data-testid":`user-list`,"aria-busy":c.loading?`true`:void 0,children:l.nodes.map(e=>U(`li`,{class:`row user`,"data-testid":`user-row`,"data-username":e.username,children:[U(`div`,{class:`row-main`,children:[U(`p`,{class:`row-title`,children:[U(`a`,{href:zc(e),"data-testid":`user-link`,children:e.username}),` `,U(Bc,{user:e})]}),U(`p`,{class:`muted small`,children:[U(`span`,{"data-testid":`user-email`,children:e.email}),` · joined `,Yn(e.createdAt)]})]}),U(`div`,{class:`actions`,children:U(`a`,{class:`btn secondary`,href:zc(e),"aria-label":`Manage ${e.username}`,children:`Manage`})})]},e.id))}),U(qn,{label:`User pages`,busy:c.loading,hasPrevious:l.page>1,hasNext:l.pageInfo.hasNextPage,onPrevious:()=>a(i.slice(0,l.page-1)),onNext:()=>{l.pageInfo.endCursor&&a([...i.slice(0,l.page),l.pageInfo.endCursor])}})]})]})}function Hc(e){let t=Vn(()=>mn(e.id),[e.id]),[n,r]=N(null),[i,a]=N(0),[o,s]=N(``),[c,l]=N(``),u=Bn(),d=Bn(),f=Bn(),p=Bn(),m=t.data??null,h=n&&m&&n.id===m.id?n:m;if(!t.data)return t.loading?U(G,{title:`User`,children:U(Zn,{what:`user`})}):U(G,{title:`User not found`,children:[U(`p`,{"data-testid":`user-not-found`,children:`No account has this id. It may have been deleted.`}),U(`p`,{children:U(`a`,{href:q(`/admin/users`),children:`Back to users`})})]});if(!h)return null;let g=async t=>{r(t),s(``),a(e=>e+1),t.id===e.me.id&&await kn().catch(()=>null)},_=h.id===e.me.id,v=o||h.role;return U(G,{title:h.username,children:[U(`p`,{children:U(`a`,{href:q(`/admin/users`),children:`← All users`})}),U(Wn,{title:`Account`,testid:`admin-user`,children:U(`dl`,{class:`facts`,children:[U(`dt`,{children:`Username`}),U(`dd`,{"data-testid":`admin-user-username`,children:h.username}),U(`dt`,{children:`Email`}),U(`dd`,{"data-testid":`admin-user-email`,children:[h.email,` `,h.emailVerified?U(`span`,{class:`badge ok`,children:`Verified`}):U(`span`,{class:`badge warn`,children:`Not verified`})]}),U(`dt`,{children:`Role`}),U(`dd`,{"data-testid":`admin-user-role`,children:h.role===`ADMIN`?`Administrator`:`User`}),U(`dt`,{children:`Status`}),U(`dd`,{"data-testid":`admin-user-status`,children:h.disabled?U(`span`,{class:`badge bad`,children:`Disabled`}):U(`span`,{class:`badge ok`,children:`Active`})}),U(`dt`,{children:`Two-factor authentication`}),U(`dd`,{"data-testid":`admin-user-2fa`,children:h.totpEnabled?`On`:`Off`}),U(`dt`,{children:`Joined`}),U(`dd`,{children:Yn(h.createdAt)})]})}),U(Wn,{title:`Change role`,children:U(Kn,{onSubmit:()=>void u.run(async()=>{await g(await gn(h.id,v))},`${h.username} is now ${v===`ADMIN`?`an administrator`:`a user`}.`),label:`Change role`,children:[U(`div`,{class:`field`,children:[U(`label`,{for:`role-select`,children:`Role`}),U(`select`,{id:`role-select`,value:v,onChange:e=>s(e.currentTarget.value),children:[U(`option`,{value:`USER`,children:`User`}),U(`option`,{value:`ADMIN`,children:`Administrator`})]})]}),U(`div`,{class:`actions`,children:U(K,{busy:u.busy,variant:`secondary`,disabled:v===h.role,children:`Save role`})})]})}),U(Wn,{title:`Access`,children:[U(`p`,{children:h.disabled?`This account is disabled: it cannot sign in, and its sessions were ended.`:`Disabling an account ends its sessions at once and blocks sign-in until it is enabled again.`}),U(`div`,{class:`actions`,children:U(Gn,{variant:h.disabled?`primary`:`danger`,busy:d.busy,disabled:_&&!h.disabled,onClick:()=>void d.run(async()=>{await g(await _n(h.id,!h.disabled))},h.disabled?`${h.username} is enabled again.`:`${h.username} is disabled and signed out everywhere.`),children:h.disabled?`Enable account`:`Disable account`})}),_&&U(`p`,{class:`hint`,children:`You cannot disable your own account here.`})]}),U(Wn,{title:`Reset password`,children:U(Kn,{onSubmit:()=>void f.run(async()=>{await vn(h.id,c),l(``),a(e=>e+1)},`The password of ${h.username} was reset and their sessions were ended.`),label:`Reset password`,children:[U(W,{label:`New password for this user`,type:`password`,value:c,onInput:l,autoComplete:`new-password`,required:!0,minLength:8,hint:`Tell the user through a safe channel. Every session of theirs ends.`}),U(`div`,{class:`actions`,children:U(K,{busy:f.busy,variant:`danger`,children:`Reset password`})})]})}),U(Wn,{title:`Second factor`,children:h.totpEnabled?U(S,{children:[U(`p`,{children:`For a user who lost their authenticator and their recovery codes: turns two-factor authentication off and ends their sessions.`}),U(`div`,{class:`actions`,children:U(Gn,{variant:`danger`,busy:p.busy,onClick:()=>void p.run(async()=>{await g(await yn(h.id))},`Two-factor authentication of ${h.username} was reset.`),children:`Reset two-factor authentication`})})]}):U(`p`,{class:`muted`,children:`Two-factor authentication is off for this account.`})}),U(Wn,{title:`Security events`,children:U(Nr,{resetKey:`${h.id}:${i}`,label:`Security event pages`,load:(e,t)=>hn(h.id,e,t)})})]})}var Uc=new Set([`/signin`,`/signup`,`/forgot-password`]);function Wc(){let e=Re(Ke),t=Ee(null);return F(()=>{let n=t.current;e&&e.kind!==`success`&&n&&n.getBoundingClientRect().top<0&&n.scrollIntoView({block:`start`})},[e?.seq]),U(`div`,{class:`notice-region`,ref:t,children:U(`div`,{class:`notice-live`,"data-testid":`notice`,"data-kind":e?.kind,"data-code":e?.code,role:`status`,"aria-live":`polite`,"aria-atomic":`true`,children:e&&U(`div`,{class:`notice ${e.kind}`,children:[U(`p`,{children:e.text}),U(`button`,{type:`button`,class:`btn link close`,onClick:Ye,"aria-label":`Dismiss notice`,title:`Dismiss`})]},e.seq)})})}function Gc(e){let t=(t,n)=>{let r=e.path===t||t!==`/admin`&&e.path.startsWith(`${t}/`);return U(`li`,{children:U(`a`,{href:q(t),"aria-current":r?`page`:void 0,children:n})})};return U(`nav`,{class:`nav`,"aria-label":`Main`,children:U(`ul`,{children:[t(`/quotes`,`Quotes`),t(`/account`,`Account`),t(`/security`,`Two-factor`),t(`/sessions`,`Sessions`),t(`/activity`,`Activity`),e.user.role===`ADMIN`&&t(`/admin`,`Overview`),e.user.role===`ADMIN`&&t(`/admin/users`,`Users`)]})})}function Kc(e){let t=e.session.user;return U(`header`,{class:`top`,children:[U(`div`,{class:`top-row`,children:[U(`a`,{class:`brand`,href:q(t?`/quotes`:`/signin`),children:`Portcullis`}),t&&U(`div`,{class:`who`,children:[U(`span`,{class:`muted small`,children:`Signed in as`}),` `,U(`strong`,{"data-testid":`signed-in-user`,children:t.username}),t.role===`ADMIN`&&U(`span`,{class:`badge info`,children:`Admin`}),U(`button`,{type:`button`,class:`btn secondary small`,onClick:()=>void Mn().then(()=>nr(`/signin`)),children:`Sign out`})]})]}),t&&U(Gc,{user:t,path:e.path})]})}function qc(){return U(G,{title:`Page not found`,children:[U(`p`,{children:`There is no such screen.`}),U(`p`,{children:U(`a`,{href:q(`/quotes`),children:`Go to your quotes`})})]})}function Jc(){return U(G,{title:`Administrators only`,children:U(`p`,{"data-testid":`admin-only`,children:`This screen is for administrators.`})})}function Yc(e){let{path:t,segments:n}=e.route,r=e.user;if(n[0]===`admin`)return r.role===`ADMIN`?n.length===1?U(Rc,{}):n[1]===`users`&&n.length===2?U(Vc,{}):n[1]===`users`&&n.length===3?U(Hc,{id:n[2]??``,me:r},n[2]):U(qc,{}):U(Jc,{});switch(t){case`/`:case`/quotes`:return U(_r,{});case`/account`:return U(vr,{user:r});case`/account/password`:return U(yr,{});case`/account/email`:return U(br,{user:r});case`/account/delete`:return U(xr,{user:r});case`/security`:return U(Cr,{user:r});case`/security/recovery-codes`:return U(wr,{});case`/security/disable`:return U(Tr,{});case`/sessions`:return U(Dr,{});case`/activity`:return U(Pr,{userId:r.id});default:return U(qc,{})}}function Xc(e){let{route:t,session:n}=e;if(t.linkPage)return U(mr,{page:t.linkPage,token:t.query.get(`token`)});if(n.status===`loading`)return U(Zn,{what:`your session`});if(n.status===`signedIn`&&n.user)return Uc.has(t.path)?U(Yc,{route:{...t,path:`/quotes`,segments:[`quotes`]},user:n.user}):U(Yc,{route:t,user:n.user});switch(t.path){case`/signup`:return U(sr,{});case`/forgot-password`:return U(cr,{});default:return U(or,{})}}function Zc(){let e=ar(),t=Re(H);return F(()=>{Xe()},[e.path,e.linkPage]),F(()=>{t.status===`signedIn`&&Uc.has(e.path)&&!e.linkPage&&window.location.replace(q(`/quotes`))},[t.status,e.path,e.linkPage]),U(S,{children:[U(`a`,{class:`skip`,href:`#main`,onClick:e=>{e.preventDefault(),document.getElementById(`main`)?.focus()},children:`Skip to content`}),U(Kc,{session:t,path:e.path}),U(Wc,{}),U(`main`,{id:`main`,tabIndex:-1,children:U(Xc,{route:e,session:t})}),U(`footer`,{class:`foot muted small`,children:[U(`span`,{children:`Portcullis console`}),` · `,U(`a`,{href:`/graphql`,children:`GraphiQL`})]}),U($n,{})]})}var Qc=document.getElementById(`app`);Qc&&(fe(U(Zc,{}),Qc),jn());